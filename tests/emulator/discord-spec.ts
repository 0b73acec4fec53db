/**
 * Holds REST requests to Discord's official OpenAPI description of API v10
 * (`../shared/discord-api-spec/openapi.json` beside the repository): the method and path must be
 * an operation the spec has, path and query parameters must fit their schemas, and a JSON body
 * (or a multipart body's `payload_json`) must fit the operation's request body schema. The
 * hand-written limits in message-limits.ts stay: they add what the spec cannot say (the 6,000
 * characters of a message's embeds, 2,000 of content, empty messages).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { DiscordErrorBody } from './message-limits.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the spec lives: `shared/` beside the repository, as laid out for developers and CI. */
export const defaultSpecPath =
  process.env.DISCORD_OPENAPI_SPEC ??
  path.resolve(here, '../../../shared/discord-api-spec/openapi.json');

/** The schema id the spec's components are registered under, so any part compiles on its own. */
const specId = 'discord-openapi';

const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

type Schema = AnySchemaObject;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
  required?: boolean;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  segments: string[];
  parameters: Parameter[];
  body: { schema: Schema | undefined; required: boolean } | undefined;
}

export interface SpecRequest {
  method: string;
  /** The route below `/api/v10`, percent-decoded, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  /** The JSON body, or a multipart body's parsed `payload_json`; undefined when none was sent. */
  body: unknown;
}

/** One field the spec rejects, where Discord's 50035 body would put it. */
export interface FieldProblem {
  at: (string | number)[];
  code: string;
  message: string;
}

export interface SpecViolation {
  method: string;
  path: string;
  /** The spec's path template and operation id, when the route exists. */
  operation: string | undefined;
  problem: 'unknown route' | 'invalid path parameter' | 'invalid query' | 'invalid body';
  fields: FieldProblem[];
  body: unknown;
}

export type SpecCheck =
  | { ok: true; operation: string }
  | { ok: false; violation: SpecViolation; error: DiscordErrorBody | undefined };

export class DiscordSpec {
  private readonly operations: Operation[];
  /** Operations by method and segment count: the candidates a path can match. */
  private readonly byShape = new Map<string, Operation[]>();
  private readonly schemas: Record<string, Schema>;
  private readonly ajv: Ajv2020;
  /** Parameters arrive as text: this instance reads "true" as a boolean and "5" as a number. */
  private readonly parameterAjv: Ajv2020;
  private readonly parameterValidators = new Map<Operation, ParameterValidators>();

  private constructor(spec: OpenApiDocument) {
    this.schemas = spec.components.schemas;
    this.operations = indexOperations(spec);
    for (const operation of this.operations) {
      const shape = shapeOf(operation.method, operation.segments.length);
      this.byShape.set(shape, [...(this.byShape.get(shape) ?? []), operation]);
    }
    this.ajv = newAjv({ allErrors: true });
    this.parameterAjv = newAjv({ allErrors: true, coerceTypes: 'array' });
    for (const ajv of [this.ajv, this.parameterAjv]) {
      ajv.addSchema({ $id: specId, components: { schemas: this.schemas } });
    }
  }

  /** Reads and prepares the spec; throws naming the file when it is missing or unreadable. */
  static load(file: string = defaultSpecPath): DiscordSpec {
    if (!existsSync(file)) {
      throw new Error(
        `Discord's OpenAPI spec is missing at ${file}: the emulator validates every request ` +
          `against it. Put shared/discord-api-spec/ beside the repository, or set ` +
          `DISCORD_OPENAPI_SPEC to the file.`,
      );
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read Discord's OpenAPI spec at ${file}: ${String(error)}`);
    }
    // Absolute refs let any sub-schema compile on its own (needed to explain a failure).
    const absolute = text.replace(
      /"\$ref"\s*:\s*"#\/components\//g,
      `"$ref":"${specId}#/components/`,
    );
    let spec: OpenApiDocument;
    try {
      spec = JSON.parse(absolute) as OpenApiDocument;
    } catch (error) {
      throw new Error(`Discord's OpenAPI spec at ${file} is not valid JSON: ${String(error)}`);
    }
    dropEmptyEnums(spec);
    acceptPermissionStrings(spec);
    return new DiscordSpec(spec);
  }

  /**
   * Compiles every operation's validators now. Compiling the message schemas takes about a
   * second; done lazily on the first reply it would stall the emulator's event loop long enough
   * for a bot with a short heartbeat to miss an ACK and reconnect.
   */
  prepare(): this {
    for (const operation of this.operations) {
      this.parameterValidatorsOf(operation);
      if (operation.body?.schema) this.compile(operation.body.schema);
    }
    return this;
  }

  /** The operation behind a request (`POST /channels/{channel_id}/messages`), if the spec has it. */
  operationOf(method: string, path: string): string | undefined {
    const operation = this.match(method, path)?.operation;
    return operation ? describe(operation) : undefined;
  }

  check(request: SpecRequest): SpecCheck {
    const method = request.method.toUpperCase();
    const found = this.match(method, request.path);
    if (!found) {
      return {
        ok: false,
        violation: {
          method,
          path: request.path,
          operation: undefined,
          problem: 'unknown route',
          fields: [],
          body: request.body,
        },
        error: undefined,
      };
    }
    const { operation, pathParameters } = found;
    const fail = (problem: SpecViolation['problem'], fields: FieldProblem[]): SpecCheck => ({
      ok: false,
      violation: {
        method,
        path: request.path,
        operation: describe(operation),
        problem,
        fields,
        body: request.body,
      },
      error: invalidFormBody(fields),
    });
    const parameters = this.parameterValidatorsOf(operation);
    if (!parameters.path(pathParameters)) {
      return fail('invalid path parameter', problemsOf(parameters.path.errors, []));
    }
    const query = queryObject(request.query);
    if (!parameters.query(query)) {
      return fail('invalid query', problemsOf(parameters.query.errors, []));
    }
    const bodyProblems = this.checkBody(operation, request.body);
    if (bodyProblems.length > 0) return fail('invalid body', bodyProblems);
    return { ok: true, operation: describe(operation) };
  }

  private checkBody(operation: Operation, body: unknown): FieldProblem[] {
    if (body === undefined) {
      return operation.body?.required
        ? [{ at: [], code: 'BASE_TYPE_REQUIRED', message: 'This route needs a request body.' }]
        : [];
    }
    if (!operation.body) {
      return [{ at: [], code: 'BODY_NOT_ALLOWED', message: 'This route takes no request body.' }];
    }
    if (!operation.body.schema) return [];
    const validate = this.compile(operation.body.schema);
    if (validate(body)) return [];
    const explained = this.explain(operation.body.schema, body, []);
    return explained.length > 0 ? explained : problemsOf(validate.errors, []);
  }

  private match(
    method: string,
    path: string,
  ): { operation: Operation; pathParameters: Record<string, string> } | undefined {
    const segments = path.split('/').slice(1);
    let best: { operation: Operation; pathParameters: Record<string, string> } | undefined;
    for (const operation of this.byShape.get(shapeOf(method, segments.length)) ?? []) {
      const pathParameters: Record<string, string> = {};
      const fits = operation.segments.every((part, index) => {
        const actual = segments[index] ?? '';
        const name = /^\{(.+)\}$/.exec(part)?.[1];
        if (name === undefined) return part === actual;
        pathParameters[name] = actual;
        return actual !== '';
      });
      // `/users/@me` and `/users/{user_id}` both fit `/users/@me`: the literal one is meant.
      if (fits && (!best || moreLiteral(operation, best.operation))) {
        best = { operation, pathParameters };
      }
    }
    return best;
  }

  private parameterValidatorsOf(operation: Operation): ParameterValidators {
    let validators = this.parameterValidators.get(operation);
    if (!validators) {
      const objectOf = (where: Parameter['in']): Schema => {
        const list = operation.parameters.filter((parameter) => parameter.in === where);
        return {
          type: 'object',
          properties: Object.fromEntries(list.map((p) => [p.name, p.schema ?? {}])),
          // Path parameters are always required (OpenAPI says so even where the spec omits it).
          required: list.filter((p) => where === 'path' || p.required === true).map((p) => p.name),
        };
      };
      validators = {
        path: this.parameterAjv.compile(objectOf('path')),
        query: this.parameterAjv.compile(objectOf('query')),
      };
      this.parameterValidators.set(operation, validators);
    }
    return validators;
  }

  private compile(schema: Schema): ValidateFunction {
    // Ajv caches compiled schemas by object, so each part of the spec compiles once.
    return this.ajv.compile(schema);
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops += 1) {
      const name = /#\/components\/schemas\/(.+)$/.exec(current.$ref)?.[1];
      const target = name === undefined ? undefined : this.schemas[decodePointer(name)];
      if (!target) return current;
      current = target;
    }
    return current;
  }

  /**
   * The fields at fault, found by walking the schema alongside the data: Ajv alone reports the
   * errors of every branch of a union (seven interaction callback shapes, seven component
   * kinds), while Discord, like a reader, names the branch the data meant by its `type`.
   */
  private explain(schema: Schema, data: unknown, at: FieldProblem['at']): FieldProblem[] {
    const validate = this.compile(schema);
    if (validate(data)) return [];
    const resolved = this.resolve(schema);
    const union = (resolved.oneOf ?? resolved.anyOf) as Schema[] | undefined;
    if (union) return this.explainUnion(union, data, at) ?? problemsOf(validate.errors, at);
    const own = (validate.errors ?? []).filter((error) => error.instancePath === '');
    const found = [...problemsOf(own, at), ...this.explainChildren(resolved, data, at)];
    return found.length > 0 ? unique(found) : problemsOf(validate.errors, at);
  }

  private explainUnion(
    branches: Schema[],
    data: unknown,
    at: FieldProblem['at'],
  ): FieldProblem[] | undefined {
    const tag = isObject(data) ? data.type : undefined;
    const tagsOf = (branch: Schema): unknown[] | undefined => {
      const tagSchema = (this.resolve(branch).properties as Record<string, Schema> | undefined)
        ?.type;
      if (!tagSchema) return undefined;
      const resolved = this.resolve(tagSchema);
      if ('const' in resolved) return [resolved.const as unknown];
      return Array.isArray(resolved.enum) ? (resolved.enum as unknown[]) : undefined;
    };
    const candidates = branches.filter((branch) => {
      const resolved = this.resolve(branch);
      if (resolved.type === 'null') return data === null;
      const tags = tagsOf(branch);
      return tag === undefined || tags === undefined || tags.includes(tag);
    });
    if (candidates.length === 0) {
      const allowed = branches.flatMap((branch) => tagsOf(branch) ?? []);
      if (tag === undefined || allowed.length === 0) return undefined;
      return [
        {
          at: [...at, 'type'],
          code: 'BASE_TYPE_CHOICES',
          message: `Value must be one of ${formatChoices(allowed)}.`,
        },
      ];
    }
    const explained = candidates.map((branch) => this.explain(branch, data, at));
    const failing = explained.filter((problems) => problems.length > 0);
    if (failing.length < explained.length) {
      // Every candidate fits on its own, so a oneOf failed because several fit.
      return [{ at, code: 'BASE_TYPE_INVALID', message: 'Fits more than one allowed shape.' }];
    }
    return failing.reduce((fewest, problems) =>
      problems.length < fewest.length ? problems : fewest,
    );
  }

  private explainChildren(schema: Schema, data: unknown, at: FieldProblem['at']): FieldProblem[] {
    const members = this.allOfMembers(schema);
    const problems: FieldProblem[] = [];
    if (Array.isArray(data)) {
      for (const member of members) {
        const items = member.items as Schema | undefined;
        if (!isObject(items)) continue;
        data.forEach((item, index) => problems.push(...this.explain(items, item, [...at, index])));
      }
    } else if (isObject(data)) {
      for (const [key, value] of Object.entries(data)) {
        for (const member of members) {
          const properties = member.properties as Record<string, Schema> | undefined;
          const additional = member.additionalProperties as Schema | boolean | undefined;
          const child = properties?.[key] ?? (isObject(additional) ? additional : undefined);
          if (child) problems.push(...this.explain(child, value, [...at, key]));
        }
      }
    }
    return problems;
  }

  private allOfMembers(schema: Schema): Schema[] {
    const resolved = this.resolve(schema);
    const allOf = (resolved.allOf ?? []) as Schema[];
    return [resolved, ...allOf.flatMap((member) => this.allOfMembers(member))];
  }
}

interface ParameterValidators {
  path: ValidateFunction;
  query: ValidateFunction;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema> };
}

function newAjv(options: { allErrors: boolean; coerceTypes?: 'array' }): Ajv2020 {
  // The spec is foreign: strict mode would refuse its OpenAPI-only keywords and union types.
  const ajv = new Ajv2020({ strict: false, ...options });
  formats.default(ajv);
  ajv.addFormat('snowflake', /^(0|[1-9][0-9]*)$/);
  // A nonce is any string of up to 25 characters; the schema's maxLength already says so.
  ajv.addFormat('nonce', true);
  // Discord's note that an anyOf is meant as a oneOf; the validation is the anyOf's.
  ajv.addKeyword('x-discord-union');
  return ajv;
}

function indexOperations(spec: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters ?? []) as Parameter[];
    for (const method of methods) {
      const entry = item[method] as
        | {
            operationId?: string;
            parameters?: Parameter[];
            requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
          }
        | undefined;
      if (!entry) continue;
      const own = entry.parameters ?? [];
      const parameters = [
        ...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)),
        ...own,
      ];
      const content = entry.requestBody?.content;
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: entry.operationId ?? `${method} ${template}`,
        segments: template.split('/').slice(1),
        parameters,
        body: entry.requestBody
          ? {
              schema: content?.['application/json']?.schema,
              required: entry.requestBody.required ?? false,
            }
          : undefined,
      });
    }
  }
  return operations;
}

function shapeOf(method: string, segmentCount: number): string {
  return `${method} ${segmentCount}`;
}

function moreLiteral(candidate: Operation, current: Operation): boolean {
  for (let index = 0; index < candidate.segments.length; index += 1) {
    const a = !(candidate.segments[index] ?? '').startsWith('{');
    const b = !(current.segments[index] ?? '').startsWith('{');
    if (a !== b) return a;
  }
  return false;
}

function describe(operation: Operation): string {
  return `${operation.method} ${operation.template} (${operation.operationId})`;
}

/** Ajv refuses `enum: []`; the spec has two, each beside an allOf that holds the real values. */
function dropEmptyEnums(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) dropEmptyEnums(item);
  } else if (isObject(value)) {
    if (Array.isArray(value.enum) && value.enum.length === 0) delete value.enum;
    for (const child of Object.values(value)) dropEmptyEnums(child);
  }
}

/**
 * The spec types a command's `default_member_permissions` as an integer; Discord's docs say a
 * string (what discord.js sends), and Discord accepts both: "Our API accepts ints in string
 * fields and strings in int fields (as long as they can be parsed as ints)"
 * (discord/discord-api-spec#11). A string of digits is accepted there, as Discord does.
 */
function acceptPermissionStrings(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) acceptPermissionStrings(item);
  } else if (isObject(value)) {
    const properties = value.properties;
    const field = isObject(properties) ? properties.default_member_permissions : undefined;
    if (isObject(properties) && isObject(field) && Array.isArray(field.type)) {
      properties.default_member_permissions = {
        anyOf: [field, { type: 'string', pattern: '^[0-9]{1,20}$' }],
      };
    }
    for (const child of Object.values(value)) acceptPermissionStrings(child);
  }
}

function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    result[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodePointer(segment: string): string {
  return decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
}

function formatChoices(values: unknown[]): string {
  return `(${values.map((value) => JSON.stringify(value)).join(', ')})`;
}

/** Ajv errors as Discord words them (codes from Discord's 50035 bodies). */
function problemsOf(
  errors: ErrorObject[] | null | undefined,
  at: FieldProblem['at'],
): FieldProblem[] {
  const all = errors ?? [];
  const deepest = (error: ErrorObject): boolean =>
    all.some(
      (other) =>
        other !== error && other.instancePath.startsWith(error.instancePath) && !noise(other),
    );
  // Union summaries and the `null` arm of a nullable field only repeat what the other errors say.
  const noise = (error: ErrorObject): boolean =>
    error.keyword === 'oneOf' ||
    error.keyword === 'anyOf' ||
    (error.keyword === 'type' && (error.params as { type?: unknown }).type === 'null');
  const kept = all.filter((error) => !noise(error) || !deepest(error));
  return unique(kept.map((error) => problemOf(error, at)));
}

function problemOf(error: ErrorObject, at: FieldProblem['at']): FieldProblem {
  const place: FieldProblem['at'] = [
    ...at,
    ...error.instancePath
      .split('/')
      .slice(1)
      .map((part) => {
        const key = decodePointer(part);
        return /^\d+$/.test(key) ? Number(key) : key;
      }),
  ];
  const params = error.params as Record<string, unknown>;
  const limit = String(params.limit);
  switch (error.keyword) {
    case 'required':
      return {
        at: [...place, String(params.missingProperty)],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      };
    case 'maxLength':
    case 'maxItems':
      return {
        at: place,
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${limit} or fewer in length.`,
      };
    case 'minLength':
    case 'minItems':
      return {
        at: place,
        code: 'BASE_TYPE_MIN_LENGTH',
        message: `Must be ${limit} or more in length.`,
      };
    case 'maximum':
      return {
        at: place,
        code: 'NUMBER_TYPE_MAX',
        message: `Value should be less than or equal to ${limit}.`,
      };
    case 'minimum':
      return {
        at: place,
        code: 'NUMBER_TYPE_MIN',
        message: `Value should be greater than or equal to ${limit}.`,
      };
    case 'enum':
      return {
        at: place,
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be one of ${formatChoices(params.allowedValues as unknown[])}.`,
      };
    case 'const':
      return {
        at: place,
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be ${JSON.stringify(params.allowedValue)}.`,
      };
    case 'type':
      return {
        at: place,
        code: 'BASE_TYPE_BAD_TYPE',
        message: `Must be ${String(params.type).split(',').join(' or ')}.`,
      };
    case 'format':
    case 'pattern':
      return {
        at: place,
        code: params.format === 'uri' ? 'URL_TYPE_INVALID_URL' : 'BASE_TYPE_BAD_FORMAT',
        message: `Not a valid ${String(params.format ?? params.pattern)}.`,
      };
    case 'additionalProperties':
      return {
        at: [...place, String(params.additionalProperty)],
        code: 'UNKNOWN_FIELD',
        message: 'This field is not allowed here.',
      };
    default:
      return { at: place, code: 'BASE_TYPE_INVALID', message: error.message ?? error.keyword };
  }
}

function unique(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    // A snowflake that fails both its pattern and its format is one problem, not two.
    const key = `${problem.at.join('.')}|${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Discord's 50035 body: the problems nested along their paths, each leaf holding `_errors`. */
export function invalidFormBody(problems: readonly FieldProblem[]): DiscordErrorBody {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.at) {
      const name = String(key);
      node[name] ??= {};
      node = node[name] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as { code: string; message: string }[];
    list.push({ code: problem.code, message: problem.message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}

/** One line per violation, for a failing test or the load bench's report. */
export function formatViolation(violation: SpecViolation): string {
  const head = `${violation.method} ${violation.path}`;
  if (violation.problem === 'unknown route') {
    return `${head}: Discord's API has no such route (method and path are not in the spec)`;
  }
  const fields = violation.fields
    .map((field) => `${fieldPath(field.at)}: ${field.code} ${field.message}`)
    .join('; ');
  return `${head} -> ${violation.operation ?? '?'}: ${violation.problem}: ${fields}`;
}

function fieldPath(at: FieldProblem['at']): string {
  if (at.length === 0) return '(body)';
  return at
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

let shared: DiscordSpec | undefined;

/** Discord's spec, loaded and compiled once per process (about 1.5 s). */
export function discordSpec(): DiscordSpec {
  shared ??= DiscordSpec.load().prepare();
  return shared;
}
