/** Objects already frozen all the way down, so repeated look-ups cost one WeakSet check. */
const deeplyFrozen = new WeakSet<object>();

/**
 * Freezes a value and everything reachable from it through own properties (string and symbol
 * keys, data properties only: getters are never called). Returns the same value.
 *
 * Unlike a walk that stops at `Object.isFrozen`, this also freezes the insides of an object
 * that someone froze shallowly. It walks with an explicit stack, so a deep structure cannot
 * overflow the call stack, and it tolerates cycles.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  if (deeplyFrozen.has(value as object)) return value;
  const stack: object[] = [value as object];
  deeplyFrozen.add(value as object);
  while (stack.length > 0) {
    const node = stack.pop() as object;
    // Typed arrays with elements cannot be frozen; the data never holds them.
    if (ArrayBuffer.isView(node)) continue;
    Object.freeze(node);
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(node, key);
      if (!descriptor || !("value" in descriptor)) continue;
      const child: unknown = descriptor.value;
      if (child === null || (typeof child !== "object" && typeof child !== "function")) continue;
      if (deeplyFrozen.has(child)) continue;
      deeplyFrozen.add(child);
      stack.push(child);
    }
  }
  return value;
}

/**
 * Freezes freshly parsed JSON (plain objects and arrays, no cycles, no accessors) all the way
 * down. Unlike {@link deepFreeze} it keeps no record of what it froze, so a large table costs
 * no extra memory; callers remember which roots they have frozen.
 */
export function freezeJson<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  for (const child of Object.values(value)) freezeJson(child);
  return Object.freeze(value);
}
