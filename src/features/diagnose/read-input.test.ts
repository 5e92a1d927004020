import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { readInput } from '@/features/diagnose/read-input';

const har = fs.readFileSync(new URL('../../diagnose/fixtures/paste/nginx-502.har', import.meta.url), 'utf8');

describe('readInput', () => {
  it('reads a pasted HAR as the text of its failed requests, without the file', async () => {
    const reading = await readInput(har, diagnose);
    expect(reading.kind).toBe('har');
    if (reading.kind !== 'har') return;
    expect(reading.text.startsWith('GET http://127.0.0.1:48321/checkout\nHTTP/1.1 502 Bad Gateway')).toBe(true);
    expect(reading.text).not.toContain('tok_live');
    expect(reading.diagnosis.findings[0].component).toBe('nginx');
  });

  it('classifies any other text as it is', async () => {
    const text = '{"message":"An invalid response was received from the upstream server"}';
    expect(await readInput(text, diagnose)).toMatchObject({ kind: 'text', text });
  });

  it('says why a pasted HAR that is cut off was not read', async () => {
    expect(await readInput(har.slice(0, 1_000), diagnose)).toEqual({ kind: 'refused', reason: 'not-json' });
  });

  it('reads a file as a HAR whatever it looks like', async () => {
    expect(await readInput('HTTP/1.1 502 Bad Gateway', diagnose, 'capture.har')).toEqual({ kind: 'refused', reason: 'not-json' });
  });
});
