import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  /** The multipart field name; discord.js uses `files[0]`, `files[1]`, … */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface ParsedBody {
  /** Parsed JSON, or the parsed `payload_json` part of a multipart upload; undefined when empty. */
  json: unknown;
  files: UploadedFile[];
}

export class MalformedBodyError extends Error {}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function parseBody(request: IncomingMessage): Promise<ParsedBody> {
  const raw = await readAll(request);
  const contentType = request.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // undici's multipart parser (behind the global Response) saves writing one and copes with every boundary form.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let json: unknown;
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = parseJson(value);
        continue;
      }
      const data = Buffer.from(await value.arrayBuffer());
      files.push({
        field,
        filename: value.name,
        contentType: value.type || 'application/octet-stream',
        size: data.length,
        data,
      });
    }
    return { json, files };
  }
  return { json: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedBodyError('The request body contains invalid JSON.');
  }
}
