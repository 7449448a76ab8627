// Shared by the reliability and bad-input tests: hostile values, a prototype-pollution probe,
// object-graph walkers and a CLI runner that captures both streams.
import { main } from "../../src/cli/main.js";

/** Every own key of Object.prototype (names and symbols), to detect new ones. */
export function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}

/** Problems showing that something reached Object.prototype; empty when it is clean. */
export function pollutionProblems(before: readonly string[]): string[] {
  const problems: string[] = [];
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) problems.push("({}).polluted is defined");
  if (Object.getPrototypeOf(probe) !== Object.prototype) problems.push("{} lost its prototype");
  const after = prototypeKeys();
  const added = after.filter((k) => !before.includes(k));
  if (added.length > 0) problems.push(`Object.prototype gained ${added.join(", ")}`);
  return problems;
}

/** Every object reachable from `root` through own data properties, with its path. */
export function objectNodes(root: unknown): { path: string; node: object }[] {
  const out: { path: string; node: object }[] = [];
  const seen = new Set<object>();
  const stack: { path: string; value: unknown }[] = [{ path: "(root)", value: root }];
  while (stack.length > 0) {
    const { path, value } = stack.pop() as { path: string; value: unknown };
    if (value === null || (typeof value !== "object" && typeof value !== "function")) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ path, node: value });
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d && "value" in d) stack.push({ path: `${path}.${String(key)}`, value: d.value });
    }
  }
  return out;
}

/** Paths of objects reachable from `root` that are not frozen. */
export function unfrozenPaths(root: unknown): string[] {
  return objectNodes(root)
    .filter(({ node }) => !Object.isFrozen(node))
    .map(({ path }) => path);
}

/**
 * Mutates every non-frozen object reachable from `root` (frozen shared data is skipped): pushes
 * onto arrays and overwrites writable data fields, children first. Returns how many objects it
 * changed, so a test can check that it did something.
 */
export function mutateEverything(root: unknown): number {
  let changed = 0;
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (Object.isFrozen(value)) return;
    // Getters (such as a lazily built `rows`) are read once so their result is mutated too.
    for (const key of Reflect.ownKeys(value))
      visit((value as Record<PropertyKey, unknown>)[key as string]);
    if (Array.isArray(value)) {
      value.push("MUTATED");
      if (value.length > 1) value[0] = "MUTATED";
    } else {
      for (const key of Reflect.ownKeys(value)) {
        const d = Reflect.getOwnPropertyDescriptor(value, key);
        if (d && "value" in d && d.writable) (value as Record<PropertyKey, unknown>)[key] = -1;
      }
      (value as Record<string, unknown>).mutated = true;
    }
    changed++;
  };
  visit(root);
  return changed;
}

/** JSON that survives `undefined`, functions and getters, for before/after comparisons. */
export function snapshot(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v === undefined ? "<undefined>" : v));
}

/** Runs the CLI in-process, capturing stdout and stderr. */
export async function runCli(
  argv: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = {
    write: (s: string) => {
      stdout += s;
      return true;
    },
  } as NodeJS.WriteStream;
  const err = {
    write: (s: string) => {
      stderr += s;
      return true;
    },
  } as NodeJS.WriteStream;
  const code = await main(argv, out, err);
  return { code, stdout, stderr };
}

/** A chain of `depth` nested objects (`{ a: { a: … } }`), built without recursion. */
export function deepObject(depth: number, key = "a"): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

/** A chain of `depth` nested arrays. */
export function deepArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object that throws whatever is asked of it, through every Proxy trap. */
export function throwingProxy(thrown: () => unknown = () => new Error("trap")): object {
  const fail = () => {
    throw thrown();
  };
  return new Proxy(
    {},
    {
      get: fail,
      has: fail,
      ownKeys: fail,
      getOwnPropertyDescriptor: fail,
      getPrototypeOf: fail,
      defineProperty: fail,
      set: fail,
      deleteProperty: fail,
      isExtensible: fail,
      preventExtensions: fail,
    },
  );
}

/** A value that throws when anything inspects it, even `instanceof`. */
export function untouchable(): unknown {
  return throwingProxy(() => throwingProxy());
}

/**
 * Hostile inputs for the validators, by name. Factories, so each test gets a fresh value.
 * None of them is a valid record.
 */
export const hostileInputs: Readonly<Record<string, () => unknown>> = {
  undefined: () => undefined,
  null: () => null,
  "a number": () => 42,
  NaN: () => Number.NaN,
  "a BigInt": () => 10n ** 30n,
  "an object of BigInts": () => ({ code: 1n, title: 2n }),
  "a string": () => "29-2072",
  "a 10 MB string": () => "x".repeat(10_000_000),
  "an object with a 1 MB title": () => ({ code: "29-2072", title: "t".repeat(1_000_000) }),
  "an object with a 1 MB key": () => ({ ["k".repeat(1_000_000)]: 1 }),
  "an object with 100k unknown keys": () =>
    Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i])),
  "an array": () => [1, 2, 3],
  "a function": () => () => 1,
  "a class": () => class Occupation {},
  "a symbol": () => Symbol("occupation"),
  "symbol keys and values": () => ({ [Symbol("id")]: 1, id: Symbol("id"), title: Symbol.iterator }),
  "a Date": () => new Date(0),
  "a RegExp": () => /29-2072/,
  "a Map": () => new Map([["code", "29-2072"]]),
  "a Set": () => new Set(["29-2072"]),
  "a typed array": () => new Uint8Array(16),
  "a boxed string": () => new String("29-2072"),
  "a Promise": () => Promise.resolve({}),
  "an Error": () => new Error("boom"),
  "a self-referencing object": () => {
    const o: Record<string, unknown> = { code: "29-2072" };
    o.self = o;
    o.soc = o;
    o.steps = [o, o];
    o.quickFacts = o;
    return o;
  },
  "a self-containing array": () => {
    const a: unknown[] = [];
    a.push(a, a);
    return { aliases: a, steps: a, occupations: a };
  },
  "100k-level nested objects": () => ({ soc: deepObject(100_000, "major") }),
  "100k-level nested arrays": () => ({ steps: deepArray(100_000), aliases: deepArray(100_000) }),
  "100k-level nested root": () => deepObject(100_000, "quickFacts"),
  "a getter that throws": () => ({
    get code(): string {
      throw new Error("getter failed");
    },
  }),
  "a getter that throws a multi-line message": () => ({
    get title(): string {
      throw new Error("line one\nline two\r\n\tline three");
    },
  }),
  "a getter that throws a non-error": () => ({
    get id(): string {
      throw Symbol("not an error");
    },
  }),
  "a getter that throws something untouchable": () => ({
    get id(): string {
      throw untouchable();
    },
  }),
  "a getter that throws an error whose message getter throws": () => ({
    get id(): string {
      const e = new Error("x");
      Object.defineProperty(e, "message", {
        get() {
          throw new Error("message getter");
        },
      });
      throw e;
    },
  }),
  "a getter that overflows the stack": () => ({
    get id(): string {
      const recurse = (n: number): number => recurse(n + 1) + 1;
      return String(recurse(0));
    },
  }),
  "a Proxy whose traps all throw": () => throwingProxy(),
  "a Proxy whose traps throw untouchable values": () => throwingProxy(() => untouchable()),
  "a revoked Proxy": () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  "a revoked Proxy nested in a field": () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return { code: "29-2072", soc: proxy, quickFacts: proxy, steps: [proxy] };
  },
  "a Proxy of an array whose get throws": () =>
    new Proxy([1, 2, 3], {
      get() {
        throw new RangeError("array get");
      },
    }),
  "a Proxy that claims every key exists": () =>
    new Proxy({}, { has: () => true, get: (_t, k) => (k === "then" ? undefined : "x") }),
  "an object with a null prototype": () =>
    Object.assign(Object.create(null) as object, { code: "29-2072", title: "x" }),
  "an object whose toString and valueOf throw": () => ({
    toString() {
      throw new Error("toString");
    },
    valueOf() {
      throw new Error("valueOf");
    },
    [Symbol.toPrimitive]() {
      throw new Error("toPrimitive");
    },
  }),
  "an object with a lying Symbol.toStringTag": () => ({ [Symbol.toStringTag]: "Array" }),
  "a frozen empty object": () => Object.freeze({}),
  "a sealed array of holes": () => Object.seal(new Array(1000)),
  "an array of 200k numbers as a field": () => ({ aliases: new Array(200_000).fill(7) }),
};

/** Paths (at most `limit`) where two JSON-like values differ; empty when they are equal. */
export function differences(a: unknown, b: unknown, limit = 10): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (out.length >= limit || Object.is(x, y)) return;
    if (x && y && typeof x === "object" && typeof y === "object") {
      if (Array.isArray(x) !== Array.isArray(y)) {
        out.push(path);
        return;
      }
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys)
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    out.push(`${path}: ${JSON.stringify(x)?.slice(0, 40)} ≠ ${JSON.stringify(y)?.slice(0, 40)}`);
  };
  walk(a, b, "(root)");
  return out;
}
