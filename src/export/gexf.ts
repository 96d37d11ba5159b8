// GEXF 1.3 for Gephi: the actor network with weighted edges (the one the web interface draws,
// every actor kept).
import { buildNetwork } from '../timeline/network.ts';
import type { ExportInput } from './types.ts';
import { xmlEscape as x } from './xml.ts';

export function gexf({ timeline }: ExportInput): string {
  const net = buildNetwork(timeline, Infinity);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Vigie</creator><description>Actor network: who met, called or addressed whom</description></meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node"><attribute id="events" title="events" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="types" title="event types" type="string"/></attributes>',
    '    <nodes>',
    ...net.nodes.map((n) => `      <node id="${x(n.key)}" label="${x(n.name)}"><attvalues><attvalue for="events" value="${n.events}"/></attvalues></node>`),
    '    </nodes>',
    '    <edges>',
    ...net.edges.map((e, i) => `      <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}"><attvalues><attvalue for="types" value="${x(Object.keys(e.types).sort().join(' '))}"/></attvalues></edge>`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}
