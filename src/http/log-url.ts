// Private links carry their credential in the path (/b/<token> manages a booking; the questions and
// feedback pages work the same way). A request log is read by more people than the patient's text
// message, so the token is replaced before the URL is logged.
const PRIVATE = /^((?:\/en)?\/(?:b|w|questions\/r|feedback)\/)[^/?#]+/;

export function loggableUrl(url: string): string {
  return url.replace(PRIVATE, '$1:token');
}
