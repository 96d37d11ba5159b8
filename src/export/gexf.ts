// GEXF 1.3 for Gephi: the actor network with weighted edges.
import { actorNetwork } from './network.ts';
import type { ExportInput } from './types.ts';
import { xmlEscape as x } from './xml.ts';

export function gexf({ timeline }: ExportInput): string {
  const net = actorNetwork(timeline);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Vigie</creator><description>Actor network: who met, called or addressed whom</description></meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node"><attribute id="events" title="events" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="types" title="event types" type="string"/></attributes>',
    '    <nodes>',
    ...net.nodes.map((n) => `      <node id="${x(n.id)}" label="${x(n.label)}"><attvalues><attvalue for="events" value="${n.events}"/></attvalues></node>`),
    '    </nodes>',
    '    <edges>',
    ...net.edges.map((e, i) => `      <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}"><attvalues><attvalue for="types" value="${x(e.types.join(' '))}"/></attvalues></edge>`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}
