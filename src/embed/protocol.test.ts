import { describe, expect, it } from 'vitest';
import { accentFor, contrast } from '@/embed/accent';
import {
  embedQuery,
  HOST_SOURCE,
  isStepId,
  PROTOCOL_VERSION,
  readEmbedParams,
  readHexColour,
  readHostMessage,
  readOrigin,
  readWizardMessage,
  wizardMessage,
} from '@/embed/protocol';

describe('readEmbedParams', () => {
  it('leaves a query without embed=1 exactly as it was, embed-looking names included', () => {
    for (const search of ['', '?status=502&a=x.y', '?theme=dark&host=x', '?embed=0&frame=a']) {
      expect(readEmbedParams(search)).toEqual({ rest: search.replace(/^\?/, '') });
    }
  });

  it('reads the options and hands the rest on untouched, in order', () => {
    const { embed, rest } = readEmbedParams(
      `?status=502&embed=1&host=${encodeURIComponent('https://help.example.com')}&frame=gd-2&theme=dark&accent=%23AA3300&via=nginx&a=who-are-you.owner`,
    );
    expect(embed).toEqual({ host: 'https://help.example.com', frame: 'gd-2', theme: 'dark', accent: '#aa3300' });
    expect(rest).toBe('status=502&via=nginx&a=who-are-you.owner');
  });

  it('drops what is not valid and falls back to safe defaults', () => {
    const { embed } = readEmbedParams(
      `?embed=1&host=${encodeURIComponent('javascript:alert(1)')}&frame=${encodeURIComponent('<x>')}&theme=neon&accent=red`,
    );
    expect(embed).toEqual({ frame: 'gateway-doctor', theme: 'auto' });
    expect(readEmbedParams('?embed=1&host=https%3A%2F%2Fa.example%2Fpath').embed?.host).toBeUndefined();
    expect(readEmbedParams('?embed=1&theme=light&theme=dark').embed?.theme).toBe('light');
    expect(readEmbedParams(`?embed=1&label=${encodeURIComponent('a\u202Eb\n<c>')}`).embed?.label).toBe('ab<c>');
    expect(readEmbedParams(`?embed=1&label=${'x'.repeat(500)}`).embed?.label).toHaveLength(120);
  });

  it('round-trips through embedQuery', () => {
    const options = { host: 'http://127.0.0.1:8080', frame: 'one', theme: 'light' as const, accent: '#123456', transparent: true, label: 'Help: 502 “Bad Gateway”', liveCheck: true };
    expect(readEmbedParams(embedQuery(options))).toEqual({ embed: options, rest: '' });
  });

  it('turns the live check on only for live=1, and leaves it off otherwise', () => {
    expect(readEmbedParams('?embed=1&live=1').embed?.liveCheck).toBe(true);
    for (const search of ['?embed=1', '?embed=1&live=0', '?embed=1&live=on', '?embed=1&live=', '?embed=1&live=true']) {
      expect(readEmbedParams(search).embed, search).not.toHaveProperty('liveCheck');
    }
    expect(readEmbedParams('?live=1&status=502')).toEqual({ rest: 'live=1&status=502' });
  });
});

describe('small readers', () => {
  it('reads hex colours in four spellings and nothing else', () => {
    expect(['#abc', 'abc', '#AABBCC', 'aabbcc'].map(readHexColour)).toEqual(['#aabbcc', '#aabbcc', '#aabbcc', '#aabbcc']);
    for (const bad of ['red', '#abcd', 'url(x)', '#12345g', '', 12, null]) expect(readHexColour(bad)).toBeUndefined();
  });

  it('reads only bare http(s) origins', () => {
    expect(readOrigin('https://help.example.com')).toBe('https://help.example.com');
    expect(readOrigin('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
    for (const bad of ['https://help.example.com/', 'null', 'file:///x', 'data:text/html,x', 'https://a.example/x', 42]) {
      expect(readOrigin(bad), String(bad)).toBeUndefined();
    }
  });

  it('knows a step id when it sees one', () => {
    expect(isStepId('which-layer-answered')).toBe(true);
    expect(isStepId('../etc')).toBe(false);
    expect(isStepId('Owner')).toBe(false);
  });
});

describe('host commands', () => {
  const message = (command: unknown, extra: object = {}) => ({ source: HOST_SOURCE, version: PROTOCOL_VERSION, command, ...extra });

  it('accepts exactly the documented shapes', () => {
    expect(readHostMessage(message({ type: 'set-theme', theme: 'dark' }))).toEqual({ type: 'set-theme', theme: 'dark' });
    expect(readHostMessage(message({ type: 'set-accent', accent: 'C05' }))).toEqual({ type: 'set-accent', accent: '#cc0055' });
    expect(readHostMessage(message({ type: 'set-accent', accent: null }))).toEqual({ type: 'set-accent', accent: null });
  });

  it('ignores anything else', () => {
    const bad = [
      null,
      'set-theme',
      [],
      { source: 'other', version: 1, command: { type: 'set-theme', theme: 'dark' } },
      message({ type: 'set-theme', theme: 'dark' }, { version: 2 }),
      message({ type: 'set-theme', theme: 'purple' }),
      message({ type: 'set-accent', accent: 'expression(alert(1))' }),
      message({ type: 'navigate', to: 'javascript:alert(1)' }),
      message(['set-theme']),
    ];
    for (const data of bad) expect(readHostMessage(data), JSON.stringify(data)).toBeUndefined();
  });
});

describe('wizard messages', () => {
  it('pass the embed script’s check when well formed', () => {
    const events = [
      { type: 'resize', height: 812.4 },
      { type: 'step-viewed', stepId: 'reload-the-page', kind: 'advice' },
      { type: 'outcome-reached', stepId: 'fixed-by-reloading', resolved: true },
      { type: 'fix-answered', stepId: 'reload-the-page', fixed: false },
    ] as const;
    for (const event of events) expect(readWizardMessage(wizardMessage('gd-1', event))?.event.type).toBe(event.type);
    expect(readWizardMessage(wizardMessage('gd-1', { type: 'resize', height: 812.4 }))?.event).toEqual({ type: 'resize', height: 813 });
  });

  it('are refused when anything is off', () => {
    const ok = wizardMessage('gd-1', { type: 'step-viewed', stepId: 'x', kind: 'question' });
    const bad = [
      { ...ok, source: 'evil' },
      { ...ok, frame: '<img>' },
      { ...ok, event: { type: 'resize', height: Infinity } },
      { ...ok, event: { type: 'resize', height: 1e9 } },
      { ...ok, event: { type: 'step-viewed', stepId: '<script>', kind: 'question' } },
      { ...ok, event: { type: 'fix-answered', stepId: 'x', fixed: 'yes' } },
      { ...ok, event: { type: 'unknown' } },
    ];
    for (const data of bad) expect(readWizardMessage(data), JSON.stringify(data)).toBeUndefined();
  });
});

describe('accent colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps an accent only in the schemes where it is readable', () => {
    expect(accentFor('#1d4f91')).toEqual({ light: '#1d4f91' });
    expect(accentFor('#8ab4f8')).toEqual({ dark: '#8ab4f8' });
    expect(accentFor('#888888')).toEqual({});
  });
});
