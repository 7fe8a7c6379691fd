// The HTML a newsroom pastes to embed the current view: an iframe of the view with embed=1, and the
// optional one-line script that sizes it from the height the atlas posts (Datawrapper's message format).
import { EMBED_ID } from './embedHeight.ts';

export const RESIZE_SCRIPT =
  '<script>window.addEventListener("message",function(e){var h=e.data&&e.data["datawrapper-height"];' +
  'if(h)document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)' +
  'for(var k in h)f.style.height=h[k]+"px"})});</script>';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `viewUrl`: the absolute address of the view (without embed=1). */
export function embedSnippet(viewUrl: string, withScript: boolean, title: string): string {
  const url = new URL(viewUrl);
  url.searchParams.set('embed', '1');
  const iframe =
    `<iframe id="datawrapper-chart-${EMBED_ID}" title="${attr(title)}" ` +
    `src="${attr(url.href)}" width="100%" height="520" scrolling="no" frameborder="0" ` +
    `style="width:0;min-width:100%;border:none"></iframe>`;
  return withScript ? `${iframe}\n${RESIZE_SCRIPT}` : iframe;
}
