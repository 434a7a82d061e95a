/**
 * Our own validator for the JSON Schema subset openapi.ts uses: type (one or a list), enum,
 * properties/required, additionalProperties (false or a schema), items, oneOf, $ref into the
 * document. Returns the problems found, each with its JSON path; an unknown keyword is a problem
 * too, so the subset cannot silently grow.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set(['type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', '$ref', 'minimum', 'maximum', 'default', 'description']);

export function resolveRef(doc: Record<string, unknown>, ref: string): Schema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null ? (node as Schema) : undefined;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(want: string, got: string): boolean {
  return want === got || (want === 'number' && got === 'integer');
}

export function validate(doc: Record<string, unknown>, schema: Schema, value: unknown, path = '$', out: string[] = []): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) out.push(`${path}: schema keyword ${k} is outside the subset`);
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(doc, schema.$ref);
    if (!target) { out.push(`${path}: unresolvable $ref ${schema.$ref}`); return out; }
    return validate(doc, target, value, path, out);
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = schema.oneOf.filter((s) => validate(doc, s as Schema, value, path).length === 0).length;
    if (passing !== 1) out.push(`${path}: matches ${passing} of oneOf's schemas, not exactly one`);
    return out;
  }
  const got = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type as string[] : [schema.type as string];
    if (!types.some((t) => typeMatches(t, got))) { out.push(`${path}: ${got} is not ${types.join(' or ')}`); return out; }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (got === 'object') validateObject(doc, schema, value as Record<string, unknown>, path, out);
  if (got === 'array' && schema.items) (value as unknown[]).forEach((v, i) => validate(doc, schema.items as Schema, v, `${path}[${i}]`, out));
  return out;
}

function validateObject(doc: Record<string, unknown>, schema: Schema, value: Record<string, unknown>, path: string, out: string[]): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const r of (schema.required ?? []) as string[]) if (!(r in value)) out.push(`${path}: required property ${r} is missing`);
  for (const [k, v] of Object.entries(value)) {
    if (props[k]) validate(doc, props[k], v, `${path}.${k}`, out);
    else if (schema.additionalProperties === false) out.push(`${path}: property ${k} is not in the schema`);
    else if (typeof schema.additionalProperties === 'object') validate(doc, schema.additionalProperties as Schema, v, `${path}.${k}`, out);
  }
}

/** Every $ref anywhere in the document, with where it is. */
export function allRefs(node: unknown, path = '$', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((v, i) => allRefs(v, `${path}[${i}]`, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push([path, v]);
      else allRefs(v, `${path}.${k}`, out);
    }
  }
  return out;
}
