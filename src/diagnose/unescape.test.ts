import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { originalOffset } from '@/diagnose/rejoin';
import { unescapeText } from '@/diagnose/unescape';

describe('unescapeText', () => {
  it('reads back JSON strings, HTML entities and Markdown escapes, keeping each offset', () => {
    const text = 'a\\"b\\nc &lt;d&gt; ERROR\\_X \\u003ce';
    const read = unescapeText(text);
    expect(read?.text).toBe('a"b\nc <d> ERROR_X <e');
    const at = read!.text.indexOf('ERROR_X');
    expect(text.slice(originalOffset(read!, at, false), originalOffset(read!, at + 'ERROR_X'.length, true))).toBe('ERROR\\_X');
  });

  it('leaves text without escapes alone', () => {
    expect(unescapeText('connect() failed (111: Connection refused)')).toBeUndefined();
    expect(unescapeText('C:\\Windows and R&D')).toBeUndefined();
  });
});

describe('a paste whose escapes hide the words', () => {
  it('finds the line inside a JSON string and marks it in the text as given', () => {
    const text = '{"log":"2026/03/14 14:32:07 [error] 7#7: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \\"http://10.0.0.5:8080/\\"\\n"}';
    const [first] = diagnose(text).findings;
    expect({ component: first.component, cause: first.cause }).toEqual({ component: 'nginx', cause: 'upstream-timeout' });
  });

  it('reads a Heroku router line that Markdown set in bold, and marks the words in the text as given', () => {
    const text = '2026-03-14T14:32:07.766727+00:00 heroku[router]: sock=client at=warning code=**H27 desc="Client Request Interrupted"** method=POST path="/receiver" host=shop.herokuapp.com status=499 bytes= protocol=https';
    const [first] = diagnose(text).findings;
    expect({ component: first.component, status: first.status }).toEqual({ component: 'heroku', status: 499 });
    expect(text.slice(first.evidence.start, first.evidence.end)).toContain('H27');
  });

  it('reads a WinHTTP constant that Markdown escaped', () => {
    const [first] = diagnose('w3wp.exe (1432) WINHTTP ::sys-recver returning ERROR\\_WINHTTP\\_TIMEOUT (12002) from RecvResponse()').findings;
    expect({ component: first.component, cause: first.cause }).toEqual({ component: 'iis', cause: 'upstream-timeout' });
    expect(first.evidence.end).toBeGreaterThan(first.evidence.start);
  });
});

describe('lines framed by a terminal UI or quoted', () => {
  it('reads a response head drawn inside a border', () => {
    const [first] = diagnose('│ HTTP/2 502\n│ server: cloudflare\n│ cf-ray: 8f2a1b3c4d5e6f70-AMS').findings;
    expect({ component: first.component, status: first.status }).toEqual({ component: 'cloudflare', status: 502 });
  });
});

describe('typographic quotes', () => {
  it('reads them as straight quotes, keeping each offset', () => {
    const text = 'a ‘b’ “c”';
    expect(unescapeText(text)).toEqual({ text: 'a \'b\' "c"', origin: Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]) });
  });

  it("reads Cloudflare's 522 sentence retold with a curly apostrophe, and marks it in the text as given", () => {
    const text = 'all requests fail with a Cloudflare error: “The initial connection between Cloudflare’s network and the origin web server timed out.”';
    const [first] = diagnose(text).findings;
    expect({ component: first.component, status: first.status, cause: first.cause }).toEqual({ component: 'cloudflare', status: 522, cause: 'connect-blocked' });
    expect(text.slice(first.evidence.start, first.evidence.end)).toContain('Cloudflare’s network');
  });
});
