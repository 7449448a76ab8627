// TypeDoc plugin: signatures and properties show the types as written (`CareerId`, `Career`,
// `readonly CareerStep[]`) instead of their expansion. TypeDoc prints the resolved type when a
// type alias resolves to a type that carries no alias of its own, as `(typeof ids)[number]`
// (832 literals for OccupationCode) and `z.infer<typeof Career>` (the whole record) do.
// For each parameter, return type and property whose annotation is made only of names, arrays,
// unions, `readonly`, type predicates, literals and keywords, this rebuilds the type from the annotation, with each
// name linked to its page; anything else keeps TypeDoc's own rendering.

import {
  ArrayType,
  Converter,
  IntersectionType,
  IntrinsicType,
  LiteralType,
  PredicateType,
  ReferenceType,
  ReflectionKind,
  TypeOperatorType,
  UnionType,
} from "typedoc";
import ts from "typescript";

const NAMED = ReflectionKind.TypeAlias | ReflectionKind.Interface | ReflectionKind.Class;
const KEYWORDS = new Map([
  [ts.SyntaxKind.StringKeyword, "string"],
  [ts.SyntaxKind.NumberKeyword, "number"],
  [ts.SyntaxKind.BooleanKeyword, "boolean"],
  [ts.SyntaxKind.UndefinedKeyword, "undefined"],
  [ts.SyntaxKind.UnknownKeyword, "unknown"],
  [ts.SyntaxKind.NullKeyword, "null"],
  [ts.SyntaxKind.VoidKeyword, "void"],
  [ts.SyntaxKind.NeverKeyword, "never"],
]);

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** @type {{ target: object; key: string; node: ts.TypeNode; checker: ts.TypeChecker }[]} */
  const pending = [];

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, node) => {
    if (!node || !("parameters" in node)) return;
    const params = node.parameters.filter(
      (p) => !(ts.isIdentifier(p.name) && p.name.text === "this"),
    );
    signature.parameters?.forEach((param, i) => {
      const typeNode = params[i]?.type;
      if (typeNode)
        pending.push({ target: param, key: "type", node: typeNode, checker: context.checker });
    });
    if (node.type)
      pending.push({ target: signature, key: "type", node: node.type, checker: context.checker });
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.[0];
    if (
      declaration &&
      (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) &&
      declaration.type
    )
      pending.push({
        target: reflection,
        key: "type",
        node: declaration.type,
        checker: context.checker,
      });
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    /** The page for a name: its type alias, interface or class (not a same-named zod schema). */
    const named = (symbol) => {
      const found = context.getReflectionFromSymbol(symbol);
      if (!found) return undefined;
      if (found.kindOf(NAMED)) return found;
      return found.parent?.children?.find((c) => c.name === found.name && c.kindOf(NAMED));
    };
    /** @returns {import("typedoc").SomeType | undefined} */
    const convert = (node, checker, state) => {
      if (ts.isParenthesizedTypeNode(node)) return convert(node.type, checker, state);
      if (KEYWORDS.has(node.kind)) return new IntrinsicType(KEYWORDS.get(node.kind));
      if (ts.isTypeLiteralNode(node) && node.members.length === 0) return new IntrinsicType("{}");
      if (ts.isLiteralTypeNode(node)) {
        if (ts.isStringLiteral(node.literal)) return new LiteralType(node.literal.text);
        if (ts.isNumericLiteral(node.literal)) return new LiteralType(Number(node.literal.text));
        if (node.literal.kind === ts.SyntaxKind.TrueKeyword) return new LiteralType(true);
        if (node.literal.kind === ts.SyntaxKind.FalseKeyword) return new LiteralType(false);
        if (node.literal.kind === ts.SyntaxKind.NullKeyword) return new LiteralType(null);
        return undefined;
      }
      if (ts.isArrayTypeNode(node)) {
        const element = convert(node.elementType, checker, state);
        return element && new ArrayType(element);
      }
      if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
        const inner = convert(node.type, checker, state);
        return inner && new TypeOperatorType(inner, "readonly");
      }
      if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
        const parts = node.types.map((t) => convert(t, checker, state));
        if (parts.some((p) => !p)) return undefined;
        return ts.isUnionTypeNode(node) ? new UnionType(parts) : new IntersectionType(parts);
      }
      if (ts.isTypePredicateNode(node)) {
        const inner = node.type && convert(node.type, checker, state);
        if (node.type && !inner) return undefined;
        return new PredicateType(node.parameterName.getText(), !!node.assertsModifier, inner);
      }
      if (ts.isTypeReferenceNode(node)) {
        let symbol = checker.getSymbolAtLocation(node.typeName);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias)
          symbol = checker.getAliasedSymbol(symbol);
        const target = symbol && named(symbol);
        if (!target) return undefined;
        const args = (node.typeArguments ?? []).map((t) => convert(t, checker, state));
        if (args.some((a) => !a)) return undefined;
        state.named = true;
        const reference = ReferenceType.createResolvedReference(target.name, target, project);
        if (args.length > 0) reference.typeArguments = args;
        return reference;
      }
      return undefined;
    };
    for (const { target, key, node, checker } of pending) {
      const state = { named: false };
      const type = convert(node, checker, state);
      if (type && state.named) target[key] = type;
    }
    pending.length = 0;
  });
}
