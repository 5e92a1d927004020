/** A query component decoded as forms encode it ("+" for a space), or undefined when it is malformed. */
export const decodeQueryPart = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

/**
 * Whether a query string asks for embed mode (`embed=1`): the only part of the embed protocol every page
 * needs, so that protocol.ts loads only inside a help center's frame.
 */
export const asksForEmbed = (search: string): boolean => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query !== '' && query.split('&').some((pair) => decodeQueryPart(pair.split('=')[0]) === 'embed' && decodeQueryPart(pair.slice(pair.indexOf('=') + 1)) === '1');
};
