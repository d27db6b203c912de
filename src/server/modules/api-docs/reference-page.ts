import type { OpenApiDocument } from '../../http/openapi/openapi-document';

type JsonObject = Record<string, unknown>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const anchor = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const schemaBlock = (label: string, schema: unknown) =>
  `<details><summary>${escapeHtml(label)}</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;

function parametersList(parameters: JsonObject[] | undefined): string {
  if (!parameters?.length) return '';
  const rows = parameters.map(
    (parameter) =>
      `<li><code>${escapeHtml(String(parameter.name))}</code> in ${escapeHtml(String(parameter.in))}${parameter.required ? ', required' : ''}: <code>${escapeHtml(JSON.stringify(parameter.schema))}</code></li>`,
  );
  return `<p>Parameters:</p><ul>${rows.join('')}</ul>`;
}

function responsesList(responses: JsonObject): string {
  const rows = Object.entries(responses)
    .filter(([status]) => status !== 'default')
    .map(([status, response]) => {
      const { description, content } = response as {
        description: string;
        content?: Record<string, JsonObject>;
      };
      const [type, media] = Object.entries(content ?? {})[0] ?? [];
      const body = media?.schema
        ? schemaBlock(`${type} schema`, media.schema)
        : type
          ? ` (${escapeHtml(type)})`
          : '';
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(description)}${body}</li>`;
    });
  return `<p>Answers (any error: <code>{ error: { code, message, field? } }</code>):</p><ul>${rows.join('')}</ul>`;
}

function operationSection(method: string, path: string, operation: JsonObject): string {
  const security = operation.security as JsonObject[];
  const access =
    security.length === 0 ? 'public' : security.flatMap((scheme) => Object.keys(scheme)).join(' or ');
  const body = (operation.requestBody as { content: Record<string, JsonObject> } | undefined)?.content[
    'application/json'
  ]?.schema;
  return `<section id="${escapeHtml(String(operation.operationId))}">
<h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(operation.summary))} <span class="access">Access: ${escapeHtml(access)}.</span></p>
${parametersList(operation.parameters as JsonObject[] | undefined)}
${body ? schemaBlock('JSON body schema', body) : ''}
${responsesList(operation.responses as JsonObject)}
</section>`;
}

/** A page to read the document by, made from it alone: no script, nothing fetched from elsewhere. */
export function renderReferencePage(document: OpenApiDocument): string {
  const byTag = new Map<string, string[]>(document.tags.map((tag) => [tag.name, []]));
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const [tag] = operation.tags as string[];
      byTag.get(tag ?? '')?.push(operationSection(method, path, operation));
    }
  }
  const contents = document.tags
    .map((tag) => `<li><a href="#${anchor(tag.name)}">${escapeHtml(tag.name)}</a></li>`)
    .join('');
  const sections = document.tags
    .map(
      (tag) =>
        `<h2 id="${anchor(tag.name)}">${escapeHtml(tag.name)}</h2><p>${escapeHtml(tag.description)}</p>${(byTag.get(tag.name) ?? []).join('\n')}`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<link rel="stylesheet" href="/api/reference.css">
</head>
<body>
<main>
<h1>${escapeHtml(document.info.title)}</h1>
<p>${escapeHtml(document.info.description)}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${document.openapi}).</p>
<nav aria-label="Route groups"><ul>${contents}</ul></nav>
${sections}
</main>
</body>
</html>`;
}

export const referenceStylesheet = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2.5rem; }
h3 code { font-size: 1rem; background: #f6f8fa; padding: .2rem .4rem; border-radius: 4px; }
section { border-left: 3px solid #d0d7de; padding-left: 1rem; margin: 1.5rem 0; }
pre { background: #f6f8fa; padding: .75rem; overflow-x: auto; font-size: .85rem; }
.access { color: #59636e; }
`;
