import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishDrawnChart, optimiseSvg, WRAPPED_LABEL_STYLE } from './svg-optimise.ts';
import { accessibleText } from './svg.ts';

/** The shape of what Mermaid draws (build-time, ELK), cut down to one of each part. */
const DRAWN =
  '<svg id="flodesschema-svg" width="1453" height="3871" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="8 8 1452.0625 3871" ' +
  'role="graphics-document document" aria-roledescription="flowchart-v2" aria-describedby="chart-desc-flodesschema-svg" aria-labelledby="chart-title-flodesschema-svg">' +
  '<title id="chart-title-flodesschema-svg">Flödesschema för Insluss</title><desc id="chart-desc-flodesschema-svg">Stegen och faserna.</desc>' +
  '<style>#flodesschema-svg{fill:#1b1b1b;}#flodesschema-svg .node rect{fill:#eef3f9;}</style>' +
  '<g><marker id="flodesschema-svg_flowchart-v2-pointEnd" class="marker flowchart-v2" viewBox="0 0 10 10" refX="5" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowMarkerPath" style="stroke-width: 1; stroke-dasharray: 1, 0;"></path></marker>' +
  '<marker id="flodesschema-svg_flowchart-v2-pointEnd-margin" class="marker flowchart-v2" viewBox="0 0 11.5 14" refX="11.5" refY="7" markerUnits="userSpaceOnUse" markerWidth="10.5" markerHeight="14" orient="auto"><path d="M 0 0 L 11.5 7 L 0 14 z" class="arrowMarkerPath" style="stroke-width: 0; stroke-dasharray: 1, 0;"></path></marker>' +
  '<g class="root"><g class="clusters"><g class="cluster" id="flodesschema-svg-fas_uppstart" data-look="neo"><rect style="" x="385.1489583333332" y="708" width="508.40104166666674" height="996"></rect></g></g>' +
  '<g class="edges edgePaths"><path d="M498.5822916666666,210L498.5822916666666,230" id="flodesschema-svg-L_s_a_s_b_0" class="flowchart-link" style="stroke-dasharray: 0 0 173.60496520996094 4; stroke-dashoffset: 0;;" data-edge="true" data-points="W3sieCI6NDk4fV0=" data-look="neo" marker-end="url(#flodesschema-svg_flowchart-v2-pointEnd-margin)"></path>' +
  '<path d="M498.5,300L498.5,330" id="flodesschema-svg-L_s_b_s_c_0" class="edge-thickness-invisible edge-pattern-solid" style="stroke-dasharray: 0 0 30 0;" data-edge="true"></path></g>' +
  '<g class="nodes"><a xlink:href="#steg-samtycke" data-look="neo" transform="translate(485.8272600809732, 135)"><g class="node default lokal clickable" id="flodesschema-svg-flowchart-s_samtycke-2">' +
  '<rect class="basic label-container" style="" x="-86" y="-75" width="172" height="150"></rect><g class="label" style="" transform="translate(-70, -63)"><rect></rect>' +
  '<foreignObject width="140" height="126"><div xmlns="http://www.w3.org/1999/xhtml" style="display: table; line-height: 1.5; width: 140px;"><span class="nodeLabel"><p>Frivården: Inhämta samtycke</p></span></div></foreignObject></g></g></a></g></g></g></svg>';

const optimised = optimiseSvg(DRAWN);

test('the optimised chart is much smaller', () => assert.ok(optimised.length < DRAWN.length * 0.7, `${optimised.length} of ${DRAWN.length}`));

test('every node keeps its link and classes', () => {
  assert.match(optimised, /<a href="#steg-samtycke"[^>]*><g class="node default lokal clickable">/);
  assert.match(optimised, /<rect [^>]*class="basic label-container"/);
  assert.doesNotMatch(optimised, /xlink/);
});

test('coordinates keep a tenth of a pixel, and a class named twice is named once', () => {
  assert.doesNotMatch(optimised, /\d\.\d{2}/);
  assert.match(optimised, /translate\(485\.8 135\)/);
  const twice = optimiseSvg(DRAWN.replace('class="flowchart-link"', 'class="edge-pattern-solid edge-pattern-solid flowchart-link"'));
  assert.match(twice, /class="edge-pattern-solid flowchart-link"/);
});

test('a label box that fills the wrapping width leaves its style to the stylesheet; another keeps its own', () => {
  const wrapped = optimiseSvg(DRAWN.replace('style="display: table; line-height: 1.5; width: 140px;"', `style="${WRAPPED_LABEL_STYLE.join('; ')};"`));
  assert.match(wrapped, /<foreignObject[^>]*><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><span class="nodeLabel"><p>Frivården: Inhämta samtycke/);
  assert.match(optimised, /<div xmlns="http:\/\/www.w3.org\/1999\/xhtml" style="display:table;line-height:1.5;width:140px">/);
});

test('the root keeps its id, size, role and aria attributes, and its title and description', () => {
  const root = /^<svg[^>]*>/.exec(optimised)![0];
  for (const attribute of ['id="flodesschema-svg"', 'width="1453"', 'height="3871"', 'role="graphics-document document"', 'aria-roledescription="flowchart-v2"']) {
    assert.ok(root.includes(attribute), `${attribute} in ${root}`);
  }
  assert.deepEqual(accessibleText(optimised), { title: 'Flödesschema för Insluss', description: 'Stegen och faserna.' });
});

test('the label text and its HTML survive', () => assert.match(optimised, /<foreignObject[^>]*><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"[^>]*><span class="nodeLabel"><p>Frivården: Inhämta samtycke<\/p>/));

test('a label\'s condition line, in bold over a line break (HTML, not XML), survives', () => {
  const withCondition = optimiseSvg(DRAWN.replace('<p>Frivården: Inhämta samtycke</p>', '<p><b>Samtycker</b><br>Frivården: Inhämta samtycke</p>'));
  assert.match(withCondition, /<p><b>Samtycker<\/b><br\/>Frivården: Inhämta samtycke<\/p>/);
});

test('Mermaid\'s stylesheet, data attributes, unused markers and ids, the invisible links and empty rects go', () => {
  assert.doesNotMatch(optimised, /<style|data-|pointEnd"|fas_uppstart|L_s_a_s_b_0|s_samtycke|invisible|<rect\/>|style=""/);
  assert.match(optimised, /marker-end="url\(#flodesschema-svg_flowchart-v2-pointEnd-margin\)"/);
});

/** The chart with its phases named, as Mermaid draws them: the last phase first. */
const clusterLabel = (x: number, y: number, width: number, name: string) =>
  `<g class="cluster-label" transform="translate(${x}, ${y})"><foreignObject width="${width}" height="21">` +
  `<div xmlns="http://www.w3.org/1999/xhtml" style="display: table-cell; white-space: nowrap; line-height: 1.5;"><span class="nodeLabel"><p>${name}</p></span></div></foreignObject></g>`;
const NAMED = DRAWN.replace(
  '</rect></g></g>',
  `</rect>${clusterLabel(578.1, 708, 122.4, 'Uppstart av ärendet')}</g>` +
    `<g class="cluster"><rect x="400" y="12" width="300" height="600"></rect>${clusterLabel(450, 12, 200, 'Första kontakt och samtycke')}</g></g>`,
);

test('the phase names go last, over the nodes, top to bottom, each with its place in the chart and its box left to the stylesheet', () => {
  const named = optimiseSvg(NAMED);
  const phases = /<g class="phase-labels" style="--chart-width:1452.1;--chart-height:3871">(.*?)<\/g><\/g><\/g><\/svg>$/.exec(named)?.[1];
  assert.ok(phases, named);
  assert.deepEqual(
    [...phases.matchAll(/<foreignObject [^>]*style="([^"]*)"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><span class="nodeLabel"><p>([^<]*)<\/p>/g)].map((match) => [match[2], match[1]]),
    [
      ['Första kontakt och samtycke', '--x:542;--y:4'],
      ['Uppstart av ärendet', '--x:631.3;--y:700'],
    ],
  );
  assert.ok(named.indexOf('class="phase-labels"') > named.indexOf('class="nodes"'));
  assert.doesNotMatch(named.slice(0, named.indexOf('class="phase-labels"')), /cluster-label/);
});

test('a phase name in a group that moves its content stays where Mermaid put it', () => {
  const moved = optimiseSvg(NAMED.replace('<g class="clusters">', '<g class="clusters" transform="translate(10, 0)">'));
  assert.doesNotMatch(moved, /phase-labels|--x:/);
  assert.match(moved, /<g class="cluster"><rect [^>]*\/><g class="cluster-label"/);
});

test('numbers are cut to what a screen shows', () => {
  assert.match(optimised, /stroke-dasharray:0 0 173.6 4"/);
  assert.doesNotMatch(optimised, /\d\.\d{4,}/);
});

test('no colour is left in the chart: the site\'s stylesheet gives them', () => {
  assert.doesNotMatch(optimised, /#[0-9a-f]{3,6}\b|rgb|hsl/i);
});

test('the build stops on a chart without its title or description, saying which', () => {
  const noDesc = DRAWN.replace(/<desc[^>]*>[^<]*<\/desc>/, '');
  assert.throws(() => finishDrawnChart(noDesc, () => {}), /^Error: Flödesschemat saknar en beskrivning \(accDescr\) för skärmläsare\./);
  const neither = noDesc.replace(/<title[^>]*>[^<]*<\/title>/, '');
  assert.throws(() => finishDrawnChart(neither, () => {}), /saknar en titel \(accTitle\) och en beskrivning \(accDescr\)/);
});

test('a chart the optimiser cannot read goes in as drawn, with a warning', () => {
  const warnings: string[] = [];
  const broken = DRAWN.replace('<g class="root">', '<g class="root"></p>');
  const finished = finishDrawnChart(broken, (message) => warnings.push(message));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^VARNING: flödesschemat kunde inte göras mindre/);
  assert.match(finished, /<a href="#steg-samtycke"/);
  assert.doesNotMatch(finished, /<style/);
});

test('a whole chart passes and comes out optimised', () => {
  const warnings: string[] = [];
  assert.equal(finishDrawnChart(DRAWN, (message) => warnings.push(message)), optimised);
  assert.deepEqual(warnings, []);
});
