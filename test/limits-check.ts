import type { ReplyPayload } from '../src/render/payload.ts';

/** Every Discord limit a reply must respect; returns what it breaks (empty when it is fine). */
export function brokenLimits(reply: ReplyPayload): string[] {
  const problems: string[] = [];
  const len = (s: string | undefined): number => Array.from(s ?? '').length;
  if (len(reply.content) > 2000) problems.push('content over 2000');
  if (reply.embeds.length > 10) problems.push('more than 10 embeds');
  let total = 0;
  for (const e of reply.embeds) {
    if (len(e.title) > 256) problems.push('title over 256');
    if (len(e.description) > 4096) problems.push('description over 4096');
    if ((e.fields ?? []).length > 25) problems.push('more than 25 fields');
    for (const f of e.fields ?? []) {
      if (len(f.name) > 256) problems.push('field name over 256');
      if (len(f.value) > 1024) problems.push('field value over 1024');
      if (len(f.value) === 0) problems.push('empty field value');
      total += len(f.name) + len(f.value);
    }
    if (len(e.footer?.text) > 2048) problems.push('footer over 2048');
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  }
  if (total > 6000) problems.push('embeds over 6000 in total');
  for (const row of reply.components) {
    for (const c of row.components) if ('custom_id' in c && len(c.custom_id) > 100) problems.push('custom_id over 100');
  }
  if (JSON.stringify(reply.allowed_mentions) !== '{"parse":[]}') problems.push('allowed_mentions not empty');
  return problems;
}

/** Text a reply shows that could ping if allowed mentions were ever dropped. */
export function visibleText(reply: ReplyPayload): string {
  return [
    reply.content ?? '',
    ...reply.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join('\n');
}
