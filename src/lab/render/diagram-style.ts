// The look of the sequence diagram and the time chart, over the report palette's custom properties.

/** CSS for `svg.diagram` and `svg.time-chart`, in the page and inside a standalone SVG file. */
export const DIAGRAM_CSS = `
svg.diagram, svg.time-chart { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: 12px; background: var(--bg); color: var(--fg); }
svg.diagram text, svg.time-chart text { fill: var(--fg); }
svg.diagram .host { font-weight: bold; font-size: 13px; }
svg.diagram .host-address, svg.diagram .time, svg.diagram .legend, svg.time-chart .tick text { fill: var(--muted); font-size: 11px; }
svg.diagram .lifeline { stroke: var(--lane); stroke-width: 1.5; }
svg.diagram .lifeline.router, svg.diagram .lifeline.network { stroke-dasharray: 6 4; }
svg.diagram .packet .wire { stroke: var(--fg); stroke-width: 1.4; }
svg.diagram .packet .head { fill: var(--fg); }
svg.diagram .packet .hit { stroke: transparent; stroke-width: 12; }
svg.diagram .packet .pkt-label { font-size: 11px; paint-order: stroke; stroke: var(--bg); stroke-width: 4px; stroke-linejoin: round; }
svg.diagram .pkt-syn .wire { stroke: var(--syn); } svg.diagram .pkt-syn .head { fill: var(--syn); }
svg.diagram .pkt-fin .wire { stroke: var(--warn); } svg.diagram .pkt-fin .head { fill: var(--warn); }
svg.diagram .pkt-rst .wire { stroke: var(--err); stroke-width: 2; } svg.diagram .pkt-rst .head { fill: var(--err); }
svg.diagram .pkt-icmp .wire { stroke: var(--icmp); stroke-width: 2; stroke-dasharray: 7 3; } svg.diagram .pkt-icmp .head { fill: var(--icmp); }
svg.diagram .pkt-rst .pkt-label, svg.diagram .pkt-icmp .pkt-label { fill: var(--err); font-weight: bold; }
svg.diagram .packet:hover .wire, svg.diagram .packet.active .wire { stroke-width: 3; }
svg.diagram .forwarded { fill: var(--lane); }
svg.diagram .packet.lost .wire { stroke-dasharray: 3 3; }
svg.diagram .packet .lost-mark { stroke: var(--err); stroke-width: 2.2; fill: none; }
svg.diagram .activation { fill: var(--bg); stroke: var(--fg); }
svg.diagram .call .call-detail { fill: var(--muted); font-size: 11px; }
svg.diagram .call.holds .call-detail:last-child { fill: var(--ok); }
svg.diagram .call.fails .call-detail:last-child { fill: var(--err); font-weight: bold; }
svg.diagram .result-failed .activation { fill: var(--err); stroke: var(--err); }
svg.diagram .result-pending .activation { fill: var(--warn); stroke: var(--warn); }
svg.diagram .errno { fill: var(--err); font-weight: bold; }
svg.diagram .errno[data-errno] { cursor: pointer; text-decoration: underline dotted; }
svg.diagram .state rect { fill: var(--state); stroke: var(--state-line); }
svg.diagram .state text { font-size: 11px; }
svg.diagram .note rect { fill: var(--note); stroke: var(--note-line); }
svg.diagram .note text { font-size: 11px; font-style: italic; }
svg.diagram .time-break line { stroke: var(--muted); stroke-width: 1.5; }
svg.diagram .time-break text { fill: var(--muted); font-size: 11px; font-style: italic; }
svg.diagram .scale-bar line { stroke: var(--muted); }
svg.diagram .footer text { font-size: 12px; }
svg.diagram .footer .verdict-agrees { fill: var(--ok); font-weight: bold; }
svg.diagram .footer .verdict-contradicts, svg.diagram .footer .verdict-failed { fill: var(--err); font-weight: bold; }
svg.diagram .footer .verdict-not-run { fill: var(--warn); font-weight: bold; }
svg.time-chart .grid { stroke: var(--line); }
svg.time-chart .span { stroke: var(--muted); stroke-width: 2; }
svg.time-chart .lab { fill: var(--accent); }
svg.time-chart .defaults { fill: var(--bg); stroke: var(--err); stroke-width: 2; }
svg.time-chart .factor { fill: var(--muted); font-size: 11px; }
svg.time-chart .row-label { font-size: 11px; }
`;
