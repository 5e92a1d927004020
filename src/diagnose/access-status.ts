/**
 * nginx's error-log line names the request it failed (`request: "GET /cart HTTP/1.1"`); the access-log
 * line of the same request, when the paste has it, says what the client got: a 404 when the error_page
 * file was missing, a 499 when the client left first, a 504 where the line alone does not say.
 */
const requestInErrorLine = /, request: "(?<request>[A-Z]{3,7} [^"\s]{1,2000} HTTP\/[0-9.]{1,3})"/;
// Sticky: run where the request line ends, in the text itself.
const statusAfter = /" (?<status>[1-5][0-9]{2}) [0-9-]/y;

const MAX_LOOKS = 100;

/** The status of the access-log line for the request that the error line at [lineStart, lineEnd) names. */
export const accessLogStatus = (text: string, lineStart: number, lineEnd: number): number | undefined => {
  const request = requestInErrorLine.exec(text.slice(lineStart, lineEnd))?.groups?.request;
  if (!request) return undefined;
  const quoted = `"${request}`;
  // The access line is written after the error line; look there first, then before it, nearest first
  // both ways. Only an error status counts: the same request line with a 2xx or 3xx (a redirect before
  // it, a later visit) is another request. A log of one page's visits has its request line thousands of
  // times: the first few either side of the error line are the ones that can be its own.
  const statusAt = (at: number) => {
    statusAfter.lastIndex = at + quoted.length;
    return Number(statusAfter.exec(text)?.groups?.status);
  };
  let looks = 0;
  for (let at = text.indexOf(quoted, lineEnd); at !== -1 && looks++ < MAX_LOOKS; at = text.indexOf(quoted, at + quoted.length)) {
    const status = statusAt(at);
    if (status >= 400) return status;
  }
  looks = 0;
  if (lineStart < quoted.length) return undefined;
  for (let at = text.lastIndexOf(quoted, lineStart - quoted.length); at !== -1 && looks++ < MAX_LOOKS; at = at > 0 ? text.lastIndexOf(quoted, at - 1) : -1) {
    const status = statusAt(at);
    if (status >= 400) return status;
  }
  return undefined;
};
