/**
 * The gateway half of the emulator: Discord's WebSocket protocol as discord.js' @discordjs/ws
 * speaks it (JSON encoding, optional zlib-stream). HELLO, heartbeats, IDENTIFY -> READY (+ guilds),
 * RESUME -> replay of missed dispatches -> RESUMED, INVALID_SESSION, and dropped connections.
 * Dispatches sent while the bot is disconnected are buffered in its session, as Discord does.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { WebSocket, WebSocketServer } from 'ws';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord.js';

export interface DispatchPayload {
  t: string;
  s: number;
  d: unknown;
}

export interface IdentifyData {
  token: string;
  intents: number;
  properties: Record<string, string>;
  shard?: [number, number];
  compress?: boolean;
}

export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  /** The READY `d` for a new session (session id and resume URL are filled in here). */
  readyData(sessionId: string): Record<string, unknown>;
  /** Dispatches that follow READY on a new session (GUILD_CREATE for each guild). */
  afterReady(): { t: string; d: unknown }[];
}

export type GatewayEvent =
  | { kind: 'identify'; data: IdentifyData; sessionId: string }
  | { kind: 'resumed'; sessionId: string; replayed: number }
  | { kind: 'invalidSession'; resumable: boolean }
  | { kind: 'closed'; code: number; byServer: boolean }
  | { kind: 'heartbeat'; sequence: number | null };

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, kept for replay on RESUME. */
  sent: DispatchPayload[];
  connection: Connection | null;
  invalidated: boolean;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
  /** Serialises writes so zlib-stream chunks stay in order. */
  writes: Promise<void>;
  deflate: zlib.Deflate | null;
}

function sendRaw(connection: Connection, payload: unknown): Promise<void> {
  const json = JSON.stringify(payload);
  const write = async (): Promise<void> => {
    if (connection.socket.readyState !== WebSocket.OPEN) return;
    const data = connection.deflate ? await deflateChunk(connection.deflate, json) : json;
    await new Promise<void>((resolve) => {
      // A send error means the socket is going away; the close handler reports it.
      connection.socket.send(data, () => {
        resolve();
      });
    });
  };
  connection.writes = connection.writes.then(write, write);
  return connection.writes;
}

/** One zlib-stream frame: the payload deflated into the connection's shared context, sync-flushed. */
function deflateChunk(deflate: zlib.Deflate, json: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
    };
    deflate.on('data', onData);
    deflate.write(json);
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      deflate.off('data', onData);
      resolve(Buffer.concat(chunks));
    });
  });
}

export class GatewayServer {
  readonly events = new EventEmitter();
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private current: Session | null = null;
  private readonly connections = new Set<Connection>();
  /** Connections waiting for HELLO while held; null when connections are let through. */
  private helloHeld: Connection[] | null = null;

  constructor(private readonly hooks: GatewayHooks) {
    this.events.setMaxListeners(0);
  }

  /** True once a session exists: dispatches are delivered now or replayed on resume. */
  get hasSession(): boolean {
    return this.current !== null && !this.current.invalidated;
  }

  get isConnected(): boolean {
    return this.current?.connection?.socket.readyState === WebSocket.OPEN;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      this.onConnection(ws, request);
    });
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', 'http://gateway');
    const compress = url.searchParams.get('compress');
    const connection: Connection = {
      socket,
      session: null,
      writes: Promise.resolve(),
      deflate: compress === 'zlib-stream' ? zlib.createDeflate() : null,
    };
    this.connections.add(connection);
    socket.on('close', (code) => {
      this.connections.delete(connection);
      connection.deflate?.close();
      if (connection.session?.connection === connection) connection.session.connection = null;
      this.emit({ kind: 'closed', code, byServer: false });
    });
    socket.on('error', () => {
      // Reported through 'close'; a reset connection is an expected fault in these tests.
    });
    if (url.searchParams.get('v') !== '10') {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if ((url.searchParams.get('encoding') ?? 'json') !== 'json') {
      socket.close(GatewayCloseCodes.DecodeError, 'Only JSON encoding is emulated');
      return;
    }
    if (compress !== null && compress !== 'zlib-stream') {
      socket.close(GatewayCloseCodes.DecodeError, 'Unknown compression');
      return;
    }
    socket.on('message', (raw, isBinary) => {
      this.onMessage(connection, raw, isBinary);
    });
    if (this.helloHeld === null) this.sendHello(connection);
    else this.helloHeld.push(connection);
  }

  private sendHello(connection: Connection): void {
    void sendRaw(connection, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.hooks.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  /**
   * Keeps new connections waiting for HELLO, so a dropped bot stays disconnected (as during a
   * Discord outage) until the returned function lets them through.
   */
  holdConnections(): () => void {
    this.helloHeld ??= [];
    return () => {
      const waiting = this.helloHeld ?? [];
      this.helloHeld = null;
      for (const connection of waiting) this.sendHello(connection);
    };
  }

  private onMessage(connection: Connection, raw: WebSocket.RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames are not JSON');
      const bytes = Array.isArray(raw)
        ? Buffer.concat(raw)
        : Buffer.isBuffer(raw)
          ? raw
          : Buffer.from(new Uint8Array(raw));
      const text = bytes.toString('utf8');
      payload = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.emit({ kind: 'heartbeat', sequence: payload.d as number | null });
        void sendRaw(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(connection, payload.d as IdentifyData);
        return;
      case GatewayOpcodes.Resume:
        this.onResume(connection, payload.d as { token: string; session_id: string; seq: number });
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session) {
          connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        }
        return;
      default:
        connection.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot /, '') === this.hooks.token;
  }

  private onIdentify(connection: Connection, data: IdentifyData): void {
    if (connection.session) {
      connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!this.tokenMatches(data.token)) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (!Number.isInteger(data.intents)) {
      connection.socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    const [shardId, shardCount] = data.shard ?? [0, 1];
    if (shardId >= shardCount) {
      connection.socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const id = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
    const session: Session = { id, seq: 0, sent: [], connection, invalidated: false };
    this.sessions.set(id, session);
    if (this.current && this.current !== session) this.current.invalidated = true;
    this.current = session;
    connection.session = session;
    this.emit({ kind: 'identify', data, sessionId: id });
    void this.dispatchTo(session, 'READY', this.hooks.readyData(id));
    for (const event of this.hooks.afterReady()) void this.dispatchTo(session, event.t, event.d);
  }

  private onResume(
    connection: Connection,
    data: { token: string; session_id: string; seq: number },
  ): void {
    if (!this.tokenMatches(data.token)) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session = this.sessions.get(data.session_id);
    if (!session || session.invalidated) {
      this.emit({ kind: 'invalidSession', resumable: false });
      void sendRaw(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (data.seq > session.seq) {
      connection.socket.close(GatewayCloseCodes.InvalidSeq, 'Invalid seq.');
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) previous.socket.terminate();
    session.connection = connection;
    connection.session = session;
    const missed = session.sent.filter((event) => event.s > data.seq);
    for (const event of missed) void sendRaw(connection, { op: GatewayOpcodes.Dispatch, ...event });
    void this.dispatchTo(session, 'RESUMED', { _trace: ['["discord-emulator",{"micros":0}]'] });
    this.emit({ kind: 'resumed', sessionId: session.id, replayed: missed.length });
  }

  private dispatchTo(session: Session, t: string, d: unknown): Promise<void> {
    session.seq += 1;
    const event: DispatchPayload = { t, s: session.seq, d };
    session.sent.push(event);
    const connection = session.connection;
    if (!connection) return Promise.resolve();
    return sendRaw(connection, { op: GatewayOpcodes.Dispatch, ...event });
  }

  /**
   * Sends a dispatch on the current session. While the connection is down it is kept for replay,
   * so a resuming bot still receives it.
   */
  dispatch(t: string, d: unknown): Promise<void> {
    const session = this.current;
    if (!session || session.invalidated) {
      throw new Error(`Cannot dispatch ${t}: the bot has no gateway session (did it log in?)`);
    }
    return this.dispatchTo(session, t, d);
  }

  /** Closes the bot's socket; the session stays resumable unless `resumable` is false. */
  async dropConnection(options: { code?: number; terminate?: boolean; resumable?: boolean } = {}) {
    const session = this.current;
    const connection = session?.connection;
    if (!session || !connection) throw new Error('No gateway connection to drop');
    if (options.resumable === false) session.invalidated = true;
    const closed = new Promise<void>((resolve) =>
      connection.socket.once('close', () => {
        resolve();
      }),
    );
    if (options.terminate) connection.socket.terminate();
    else connection.socket.close(options.code ?? GatewayCloseCodes.UnknownError, 'Emulated drop');
    this.emit({ kind: 'closed', code: options.code ?? 1006, byServer: true });
    await closed;
  }

  /** Sends INVALID_SESSION; with `resumable: false` the bot has to identify again. */
  async invalidateSession(resumable: boolean): Promise<void> {
    const session = this.current;
    const connection = session?.connection;
    if (!session || !connection) throw new Error('No gateway connection to invalidate');
    if (!resumable) session.invalidated = true;
    this.emit({ kind: 'invalidSession', resumable });
    await sendRaw(connection, {
      op: GatewayOpcodes.InvalidSession,
      d: resumable,
      s: null,
      t: null,
    });
  }

  /** Asks the bot to reconnect and resume (op 7), as Discord does before maintenance. */
  async requestReconnect(): Promise<void> {
    const connection = this.current?.connection;
    if (!connection) throw new Error('No gateway connection');
    await sendRaw(connection, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  private emit(event: GatewayEvent): void {
    this.events.emit('event', event);
  }

  close(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    return new Promise((resolve) => {
      this.wss.close(() => {
        resolve();
      });
    });
  }
}
