import { describe, expect, it } from 'vitest';
import { causeIds } from '@/diagnose/causes';
import { componentIds, components } from '@/diagnose/components';
import { diagnose, type Finding } from '@/diagnose/index';
import { patterns } from '@/diagnose/patterns';
import { samples } from '@/diagnose/samples';
import { findingHeading, idLabel, pastedLines, statusNoteOf } from '@/features/diagnose/finding-words';
import diagnoseWords from 'virtual:ui-words/diagnose';

const firstFinding = (text: string): Finding => diagnose(text).findings[0];

describe('findingHeading', () => {
  it.each(samples.map((s) => [`${s.component} ${s.cause}: ${s.text.slice(0, 50)}`, s.text]))('words %s with no placeholder left', (_name, text) => {
    const finding = firstFinding(text);
    const heading = findingHeading(finding);
    expect(heading).not.toMatch(/[{}]/);
    // A gateway answered the client: its heading says which one, whatever the cause, unless the heading
    // names the mistake itself (the card names the component beside it).
    // (A description such as "An unidentified gateway" is in lower case inside the sentence.)
    if (components[finding.component].kind === 'gateway' && finding.heading === undefined) expect(heading.toLowerCase()).toContain(components[finding.component].name.toLowerCase());
    // A status other than 502 is always explained, by the pattern or by the usual note.
    const note = statusNoteOf(finding);
    expect(note === undefined, String(finding.status)).toBe(finding.status === 502);
    if (note) expect(note).not.toMatch(/[{}]/);
  });

  it('names the component and the status when the text says who answered but not why', () => {
    const page = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>';
    const finding = firstFinding(page);
    expect(finding.cause).toBe('other');
    expect(findingHeading(finding)).toContain('nginx');
    expect(findingHeading(finding)).toContain('502');
  });

  it("writes a description of the component in lower case inside a sentence, a product's name as it is", () => {
    expect(findingHeading({ component: 'unknown', cause: 'upstream-down', status: 502 })).toBe('The app behind an unidentified gateway refused the connection or is not running');
    expect(findingHeading({ component: 'unknown', cause: 'dns-resolution', status: 502 })).toBe("An unidentified gateway could not resolve the app's host name");
    expect(findingHeading({ component: 'traefik', cause: 'upstream-down', status: 502 })).toBe('The app behind Traefik refused the connection or is not running');
    expect(statusNoteOf({ component: 'unknown', status: 504 })).toMatch(/^An unidentified gateway answers 504/);
  });

  it('names the mistake of a configuration error, not only its kind, with the component named where the words have a place for it', () => {
    const caddy = firstFinding('{"level":"error","logger":"http.log.error","msg":"dial tcp 0.0.0.0:3000: connect: connection refused","status":502}');
    expect(caddy.cause).toBe('config-error');
    expect(findingHeading(caddy)).toBe("Caddy dials 0.0.0.0 instead of the app's address");
    const kong = firstFinding('{"message":"no Route matched with those values"}');
    expect(findingHeading(kong)).toBe('No Kong route matches the request');
    // A name Docker's DNS does not know: the heading says so, whichever Go program asked.
    const docker = firstFinding('dial tcp: lookup app on 127.0.0.11:53: no such host');
    expect([docker.cause, findingHeading(docker)]).toEqual(['dns-resolution', "Docker's DNS knows no container or service by the upstream's name"]);
    // Every configuration error of the table says which mistake it is.
    expect(patterns.filter((pattern) => pattern.cause === 'config-error' && !pattern.heading).map((pattern) => pattern.id)).toEqual([]);
  });

  it.each(['gateway', 'direct'] as const)('gives each cause its own %s heading', (table) => {
    const headings = causeIds.map((cause) => diagnoseWords.headings[table][cause]);
    expect(new Set(headings).size).toBe(causeIds.length);
  });

  it('has a heading for every cause and component, none of them the old "another cause"', () => {
    for (const component of componentIds)
      for (const cause of causeIds) {
        const heading = findingHeading({ component, cause, status: 502 });
        expect(heading.length, `${component} ${cause}`).toBeGreaterThan(10);
        expect(heading.toLowerCase(), `${component} ${cause}`).not.toContain('another cause');
      }
  });
});

describe('pastedLines, what the incident report keeps', () => {
  const text = [
    '2026/03/14 14:33:07 [error] 812#812: *4411 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7',
    '[2026-03-14 14:32:08 +0000] [1233] [CRITICAL] WORKER TIMEOUT (pid:1240)',
    '< cf-ray: 8f2a1b3c4d5e6f70-AMS',
  ].join('\n');
  const diagnosis = diagnose(text);
  const lines = pastedLines(diagnosis);

  it('starts with the ids, then one line per finding', () => {
    expect(lines).toHaveLength(diagnosis.ids.length + diagnosis.findings.length);
    expect(lines[0]).toBe(`${diagnoseWords.rayId}: 8f2a1b3c4d5e6f70-AMS`);
  });

  it('names each finding\'s component and status once', () => {
    for (const [i, finding] of diagnosis.findings.entries()) {
      const line = lines[diagnosis.ids.length + i];
      const name = components[finding.component].name;
      expect(line.split(name)).toHaveLength(2);
      expect(line.split(String(finding.status))).toHaveLength(2);
      expect(line).toContain(findingHeading(finding));
    }
  });

  it('never carries the pasted text', () => {
    for (const line of lines) expect(text).not.toContain(line);
  });
});

describe('idLabel', () => {
  it.each([
    [{ kind: 'ray', value: '8f2a1b3c4d5e6f70' }, diagnoseWords.rayId],
    [{ kind: 'trace', value: '4bf92f3577b34da6a3ce929d0e0e4736' }, diagnoseWords.traceId],
    [{ kind: 'request', value: 'abcd', header: 'x-azure-ref' }, `${diagnoseWords.requestId} (x-azure-ref header)`],
  ] as const)('labels %o as from the text', (id, label) => {
    expect(idLabel(id)).toBe(label);
  });

  it('carries the header of an id into the incident report', () => {
    const { ids, findings } = diagnose('HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nX-Request-Id: ef432099334876f705c20c1b2500bf2e\r\n');
    expect(pastedLines({ ids, findings })[0]).toBe(`${diagnoseWords.requestId} (x-request-id header): ef432099334876f705c20c1b2500bf2e`);
  });
});

describe('statusNoteOf', () => {
  it("says who answers which status, or passes on the pattern's own note", () => {
    expect(statusNoteOf({ component: 'nginx', status: 504 })).toBe('nginx answers 504 Gateway Timeout for this, not 502.');
    expect(statusNoteOf({ component: 'gunicorn', status: 504 })).toBe('The gateway in front answers 504 Gateway Timeout for this, not 502.');
    expect(statusNoteOf({ component: 'nginx', status: 499, statusNote: 'nginx logs 499 when the client closed the connection first.' })).toBe('nginx logs 499 when the client closed the connection first.');
    expect(statusNoteOf({ component: 'nginx', status: 502 })).toBeUndefined();
  });
});
