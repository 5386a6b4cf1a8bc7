// The shell every report page shares: inline CSS and a little inline JavaScript, no
// network. The text, highlights, legend, filters and records are readable without the
// script; it only adds the details panel that follows hover, focus and clicks.
import { esc } from './escape.ts';
import type { Kind } from './describe.ts';

export const KIND_COLOURS: Record<Kind, string> = {
  entities: '#2f6fb0',
  dates: '#c26a00',
  metrics: '#23853a',
  vendors: '#8a4fb5',
};

const kindRules = (Object.entries(KIND_COLOURS) as [Kind, string][])
  .map(
    ([k, c]) =>
      `.k-${k}{background:${c}22;border-bottom:2px solid ${c}}.swatch.k-${k}{background:${c}}` +
      `#show-${k}:checked~.text .hl:not(.k-${k}){background:none;border-color:transparent;padding:0}` +
      `#show-${k}:checked~.records li:not(.k-${k}){display:none}`,
  )
  .join('\n');

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fff}
body{margin:0 auto;max-width:1100px;padding:1rem 1.5rem 4rem;line-height:1.5}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.1rem;margin-top:2rem}
a{color:#1a55a0}
table{border-collapse:collapse;font-size:.9rem}th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.status-failed{color:#b00020;font-weight:600}.status-skipped{color:#777}
.meta{color:#555;font-size:.9rem}
.problem{background:#fff3f3;border-left:4px solid #b00020;padding:.4rem .8rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:1.02rem;line-height:1.9;border-top:1px solid #ddd;padding-top:1rem}
.hl{border-radius:2px;padding:0 1px 1px;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:pointer;color:inherit}
.hl .hl{padding-bottom:3px}.hl .hl .hl{padding-bottom:5px}
.hl.deadline{outline:1px dashed ${KIND_COLOURS.dates};outline-offset:1px}
.hl:focus,.hl.active{outline:2px solid #111;outline-offset:1px}
.hl:target{box-shadow:0 0 0 3px #ffd54a}
${kindRules}
.filters{position:absolute;opacity:0;pointer-events:none}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.8rem 0;font-size:.9rem}
.legend label{border:1px solid #ccc;border-radius:1rem;padding:.1rem .7rem;cursor:pointer;user-select:none}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
#show-all:checked~.legend label[for=show-all],${(Object.keys(KIND_COLOURS) as Kind[]).map((k) => `#show-${k}:checked~.legend label[for=show-${k}]`).join(',')}{background:#1d1d1f;color:#fff;border-color:#1d1d1f}
.filters:focus-visible~.legend{outline:2px solid #1a55a0}
.records{font-size:.85rem;columns:2 22rem;padding-left:1.2rem}
.records li{break-inside:avoid;margin-bottom:.5rem}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.2rem 0}dl.fields dt{color:#666}dl.fields dd{margin:0}
#details{display:none}
.js #details{display:block;position:fixed;right:1rem;top:1rem;width:19rem;max-height:80vh;overflow:auto;background:#fffef6;border:1px solid #bbb;border-radius:6px;padding:.6rem .8rem;font-size:.85rem;box-shadow:0 2px 10px #0002}
.js #details:empty{display:none}
#details.pinned{border-color:#111}
@media (min-width:1200px){.js body.article{margin:0 21rem 0 2rem;max-width:none}}
svg.timeline{max-width:100%;height:auto;font-size:11px;font-family:inherit}
svg .lane{stroke:#eee}svg .axis,svg .tick{stroke:#bbb}svg .tick{stroke-dasharray:2 3}
svg .subject,svg .tick-label{fill:#333}
svg .deadline-point{fill:${KIND_COLOURS.dates};stroke:#fff;stroke-width:1.5}svg .deadline-point.undated{fill:#999}
svg a:hover .deadline-point,svg a:focus .deadline-point{stroke:#111;stroke-width:2}
`;

// Shows the record of the innermost highlight under the pointer or focus; a click pins it.
const SCRIPT = `
document.documentElement.classList.add('js');
(function(){
  var panel=document.getElementById('details');if(!panel)return;
  var pinned=null,active=null;
  function show(el){
    if(active)active.classList.remove('active');
    active=el;if(!el){panel.replaceChildren();return;}
    el.classList.add('active');
    var item=document.getElementById('rec-'+el.dataset.rec);
    panel.replaceChildren();
    if(item)for(var c of item.childNodes)panel.appendChild(c.cloneNode(true));
  }
  function hl(e){return e.target.closest?e.target.closest('.hl'):null;}
  document.addEventListener('mouseover',function(e){if(!pinned){var h=hl(e);if(h)show(h);}});
  document.addEventListener('focusin',function(e){var h=hl(e);if(h&&!pinned)show(h);});
  document.addEventListener('click',function(e){
    var h=hl(e);if(!h)return;
    if(pinned===h){pinned=null;panel.classList.remove('pinned');return;}
    pinned=h;panel.classList.add('pinned');show(h);
  });
  document.addEventListener('keydown',function(e){
    var h=hl(e);
    if(e.key==='Escape'){pinned=null;panel.classList.remove('pinned');show(null);}
    else if(h&&(e.key==='Enter'||e.key===' ')){e.preventDefault();h.click();}
  });
})();
`;

export function page(title: string, body: string, opts: { script?: boolean; bodyClass?: string } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body${opts.bodyClass ? ` class="${esc(opts.bodyClass)}"` : ''}>
${body}
${opts.script ? `<script>${SCRIPT}</script>` : ''}
</body>
</html>
`;
}
