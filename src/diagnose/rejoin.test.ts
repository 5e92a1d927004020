import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { originalOffset, rejoin } from '@/diagnose/rejoin';

describe('joining wrapped lines', () => {
  it('joins with a space or with nothing, drops the indentation and keeps paragraph breaks', () => {
    const text = 'one two\n   three\r\nfour\n\nfive';
    expect(rejoin(text, ' ').text).toBe('one two three four\nfive');
    expect(rejoin(text, '').text).toBe('one twothreefour\nfive');
  });

  it('maps every offset of the joined text back to the character it came from', () => {
    const text = 'ab\n  cd';
    const joined = rejoin(text, '');
    expect(joined.text).toBe('abcd');
    expect([0, 1, 2, 3].map((i) => text[originalOffset(joined, i, false)])).toEqual(['a', 'b', 'c', 'd']);
    expect(originalOffset(joined, 4, true)).toBe(text.length);
  });
});

describe('diagnose on wrapped pastes', () => {
  it('reads an nginx line an email broke between words, with evidence in the text as given', () => {
    const text = '2019/01/14 16:26:56 [error] 11370#11370: *34 recv() failed (104: Connection reset by peer)\nwhile reading response header from upstream, client: 127.0.0.1';
    const [finding] = diagnose(text).findings;
    expect(finding).toMatchObject({ component: 'nginx', cause: 'upstream-crash-or-reset', status: 502 });
    expect(text.slice(finding.evidence.start, finding.evidence.end)).toContain('failed (104: Connection reset by peer)');
  });

  it('reads a line a terminal broke in the middle of a word', () => {
    const text = '2016/09/29 05:38:28 [crit] 11#11: *1 connect() to unix:///data/sock/uwsgi.so\n    ck failed (2: No such file or directory) while connecting to upstream';
    expect(diagnose(text).findings[0]).toMatchObject({ component: 'nginx', cause: 'socket-missing' });
  });

  it('leaves a text alone when its own lines already say why', () => {
    const text = 'connect() failed (111: Connection refused) while connecting to upstream\nupstream timed out (110: Connection timed out) while reading response header from upstream';
    expect(diagnose(text).findings.map((f) => f.cause).sort()).toEqual(['upstream-down', 'upstream-timeout']);
  });
});
