/** The part of JSON Schema the rule options use. */
export interface OptionSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly items?: OptionSchema | readonly OptionSchema[];
  readonly properties?: Readonly<Record<string, OptionSchema>>;
  readonly required?: readonly string[] | boolean;
  readonly additionalProperties?: boolean | OptionSchema;
  readonly minimum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly default?: unknown;
}

/**
 * Checks a value against the subset of JSON Schema the plugin's rule options use (`type`,
 * `items`, `properties`, `required`, `additionalProperties: false`, `enum`, `minimum`,
 * `minLength`, `maxLength`, `pattern`), so that settings follow the rules' own schemas. Returns
 * what is wrong, or null. `uniqueItems` is not an error here: duplicates are dropped.
 */
export function checkAgainstSchema(value: unknown, schema: OptionSchema, where = 'the value'): string | null {
  if (schema.enum && !schema.enum.includes(value)) return `${where} should be one of ${schema.enum.map(item => JSON.stringify(item)).join(', ')}`;
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `${where} should be true or false`;
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value)))
        return `${where} should be ${schema.type === 'integer' ? 'an integer' : 'a number'}`;
      if (typeof schema.minimum === 'number' && value < schema.minimum) return `${where} should be at least ${schema.minimum}`;
      return null;
    }
    case 'string': {
      if (typeof value !== 'string') return `${where} should be a string`;
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) return `${where} should have at least ${schema.minLength} characters`;
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return `${where} should have at most ${schema.maxLength} characters`;
      // the rules' own patterns: short, fixed, and checked by ESLint on every run anyway
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return `${where} is not accepted (${describe(schema)})`;
      return null;
    }
    case 'array': {
      if (!Array.isArray(value)) return `${where} should be an array`;
      const items = schema.items;
      if (items && !isSchemaList(items)) {
        for (const [index, item] of value.entries()) {
          const problem = checkAgainstSchema(item, items, `${where}[${index}]`);
          if (problem) return problem;
        }
      }
      return null;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where} should be an object`;
      const record = value as Record<string, unknown>;
      for (const name of Array.isArray(schema.required) ? schema.required : []) if (!(name in record)) return `${where} needs "${name}"`;
      for (const [name, field] of Object.entries(record)) {
        const property = schema.properties && Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
        if (!property) {
          if (schema.additionalProperties === false) return `${where} has an unknown field "${name}"`;
          continue;
        }
        const problem = checkAgainstSchema(field, property, `${where}.${name}`);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return null;
  }
}

function describe(schema: OptionSchema): string {
  return typeof schema.description === 'string' ? schema.description : `pattern ${schema.pattern}`;
}

function isSchemaList(items: OptionSchema | readonly OptionSchema[]): items is readonly OptionSchema[] {
  return Array.isArray(items);
}
