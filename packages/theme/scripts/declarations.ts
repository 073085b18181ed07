/**
 * The types of the sample module as one self-contained declaration file. `@blason/tokens/theme`
 * declares them, but its declarations reach zod's (partner metadata is a zod schema's output) and
 * `@blason/core`'s: a website installing this package has neither. So each type is written out in
 * full, structurally, by the TypeScript checker: only primitives, literals, object, array and tuple
 * types, and references to the other types of the file.
 */
import { join } from 'node:path';
import ts from 'typescript';

/** The types written out, by the name they are exported under, as the tokens' contract declares them. */
const DECLARED = {
  PartnerMeta: 'theme.PartnerMeta',
  AxisMeta: 'theme.AxisMeta',
  ResolvedTheme: "Omit<theme.ResolvedTheme, 'print' | 'tokens'>",
  FormatTokens: 'theme.FormatTokens',
  ScreenFormatTokens: 'theme.ScreenFormatTokens',
  PrintFormatTokens: 'theme.PrintFormatTokens',
  AxisColors: 'theme.AxisColors',
  TypographyValue: 'theme.TypographyValue',
  ShadowLayer: 'theme.ShadowLayer',
  BorderValue: 'theme.BorderValue',
} as const;

const DOCS: Partial<Record<keyof typeof DECLARED, string>> = {
  PartnerMeta: 'Who a partner is and how it is named (`partners/<id>.partner.json`).',
  AxisMeta: 'A thematic axis, its French label and pictogram (`axes/axes.json`).',
  ResolvedTheme:
    'One partner × mode with every value resolved: the data of `@blason/tokens/theme`’s `ResolvedTheme` (without its print helpers and token map).',
};

const MAX_DEPTH = 24;

/** Types the checker names as they are: primitives and literals. */
const WRITTEN_AS_IS =
  ts.TypeFlags.String |
  ts.TypeFlags.Number |
  ts.TypeFlags.Boolean |
  ts.TypeFlags.BigInt |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Literal |
  ts.TypeFlags.TemplateLiteral |
  ts.TypeFlags.Any |
  ts.TypeFlags.Unknown;

/** `export type …` of every type of {@link DECLARED}, expanded from the tokens' contract as built. */
export function sampleDeclarations(packageDir: string, header: string): string {
  const entry = join(packageDir, '__sample-types__.ts');
  const source = [
    "import type * as theme from '@blason/tokens/theme';",
    ...Object.entries(DECLARED).map(([name, expression]) => `export type ${name} = ${expression};`),
  ].join('\n');
  const { checker, file } = checkerOf(entry, source);
  const module = checker.getSymbolAtLocation(file);
  if (!module) throw new Error('sample types: the entry module has no symbol');
  const named = new Map<ts.Type, string>();
  for (const symbol of checker.getExportsOfModule(module))
    named.set(checker.getDeclaredTypeOfSymbol(symbol), symbol.name);
  const lines = [`// ${header}`];
  for (const [type, name] of named) {
    const doc = DOCS[name as keyof typeof DECLARED];
    if (doc) lines.push(`/** ${doc} */`);
    lines.push(`export type ${name} = ${writeType(checker, type, named, 0, type)};`);
  }
  return `${lines.join('\n')}\n`;
}

function checkerOf(entry: string, source: string): { checker: ts.TypeChecker; file: ts.SourceFile } {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === entry
      ? ts.createSourceFile(fileName, source, language, true)
      : getSourceFile(fileName, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === entry || fileExists(fileName);
  const program = ts.createProgram([entry], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(entry));
  if (errors.length > 0)
    throw new Error(
      `sample types: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`,
    );
  const file = program.getSourceFile(entry);
  if (!file) throw new Error('sample types: the entry is not in the program');
  return { checker: program.getTypeChecker(), file };
}

function writeType(
  checker: ts.TypeChecker,
  type: ts.Type,
  named: ReadonlyMap<ts.Type, string>,
  depth: number,
  root?: ts.Type,
): string {
  if (depth > MAX_DEPTH) throw new Error(`sample types: ${checker.typeToString(type)} nests too deep`);
  const name = named.get(type);
  if (name && type !== root) return name;
  const inner = (t: ts.Type) => writeType(checker, t, named, depth + 1);
  if (type.isUnion()) return type.types.map(inner).join(' | ');
  if (type.isIntersection()) return type.types.map((t) => `(${inner(t)})`).join(' & ');
  if (type.flags & WRITTEN_AS_IS) return checker.typeToString(type);
  if (checker.isTupleType(type))
    return `readonly [${checker
      .getTypeArguments(type as ts.TypeReference)
      .map(inner)
      .join(', ')}]`;
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    const written = element ? inner(element) : 'unknown';
    return element?.isUnionOrIntersection() ? `readonly (${written})[]` : `readonly ${written}[]`;
  }
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0)
    throw new Error(`sample types: ${checker.typeToString(type)} is a function, not data`);
  const indent = '  '.repeat(depth + 1);
  const members = checker
    .getIndexInfosOfType(type)
    .map((info) => `${indent}readonly [key: ${checker.typeToString(info.keyType)}]: ${inner(info.type)};`);
  for (const property of checker.getPropertiesOfType(type)) {
    const doc = ts.displayPartsToString(property.getDocumentationComment(checker)).replace(/\s*\n\s*/g, ' ');
    const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
    const key = /^[A-Za-z_$][\w$]*$/.test(property.name) ? property.name : JSON.stringify(property.name);
    const value = inner(checker.getTypeOfSymbol(property));
    if (doc) members.push(`${indent}/** ${doc} */`);
    members.push(`${indent}readonly ${key}${optional}: ${value};`);
  }
  return `{\n${members.join('\n')}\n${'  '.repeat(depth)}}`;
}
