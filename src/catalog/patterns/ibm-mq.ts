// IBM MQ's clients (the C MQI, Java/JMS, .NET, and the Node.js and Go bindings over the C client): the connection to
// the queue manager broke.
import { definePatternTable } from '../pattern.js';

/** Patterns for IBM MQ's reason codes that report a broken connection. */
export const ibmMq = definePatternTable('ibm-mq', [
  {
    id: 'connection-broken',
    keywords: ['mqrc_connection_broken', "reason '2009'"],
    // Reason 2009 by its name in any client's wording (`MQRC = MQRC_CONNECTION_BROKEN [2009]`, JMS's `reason '2009'
    // ('MQRC_CONNECTION_BROKEN')`) or by its number in the Java classes' `MQJE001: Completion Code '2', Reason '2009'`.
    // MQ's other reasons (2033 no message, 2035 not authorised, 2058 a wrong queue manager name) are answers over a
    // working connection, so only 2009 is matched.
    // Not in a path or URL (`GET /docs/MQRC_CONNECTION_BROKEN`).
    regex: /(?<![\w/-])MQRC_CONNECTION_BROKEN(?![\w/-])|\bReason '2009'/i,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The connection to the queue manager broke (MQ's reason 2009): the queue manager or its channel ended it (a restart, a channel stopped, an idle or heartbeat limit, a client level the server refuses), or the network in between dropped it. No errno reaches the application; the queue manager's error log (AMQERR01.LOG) and the client's say which. Reconnect (MQCNO_RECONNECT or the application's own retry).",
  },
]);
