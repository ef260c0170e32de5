/**
 * A stand-in for the CloudBase database service at the wire level: a local
 * HTTP server that receives exactly what @cloudbase/node-sdk sends to
 * `POST /admin`, records every body, and answers in the shapes the SDK reads
 * (`data.list` of EJSON strings, `data.insertedIds`, `transactionId`, or
 * `{ code, message }` for a failure). It keeps documents in memory and gives
 * transactions first-writer-wins conflicts, so the store contract can run.
 * Storage is answered too: upload tickets, the object store itself under
 * `/cos/`, download links and deletes.
 * Error codes the real service uses for a taken `_id` are not documented:
 * DUPLICATE_CODE is an assumption, and the adapter does not rely on it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as tcb from '@cloudbase/node-sdk'

export type Body = Record<string, unknown> & { action: string }
type Raw = Record<string, unknown> & { _id: string }
type Reply = Record<string, unknown>
type Tx = { writes: Map<string, Raw | null>; startSeq: number }

export const DUPLICATE_CODE = 'DATABASE_DUPLICATE_WRITE'
export const FILE_ID_PREFIX = 'cloud://test-env.7465-test-env-1250000000/'
const CONFLICT = { code: 'DATABASE_TRANSACTION_CONFLICT', message: 'database transaction conflict' }

/** Canonical EJSON numbers back to plain values (the SDK sends `{ $numberInt: "1" }`). */
export function fromEjson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromEjson)
  if (typeof v !== 'object' || v === null) return v
  const o = v as Record<string, unknown>
  for (const k of ['$numberInt', '$numberDouble', '$numberLong']) if (k in o) return Number(o[k])
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, fromEjson(x)]))
}

const parse = (s: unknown) => fromEjson(JSON.parse(String(s))) as Record<string, unknown>
const rank = (v: unknown) => (v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3)

function compare(a: unknown, b: unknown): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b)
  return a === b || rank(a) === 0 ? 0 : (a as string) < (b as string) ? -1 : 1
}

/** A field by its dotted path (`filed.helperId`), as the database reads nested documents. */
function valueAt(doc: Record<string, unknown>, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.'))
    value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/** As in MongoDB: a condition on an array field holds when it holds for one of its elements. */
function test(value: unknown, cond: unknown): boolean {
  if (Array.isArray(value)) return value.some((element) => testOne(element, cond)) || (Array.isArray(cond) && JSON.stringify(value) === JSON.stringify(cond))
  return testOne(value, cond)
}

function testOne(value: unknown, cond: unknown): boolean {
  const isOps = typeof cond === 'object' && cond !== null && Object.keys(cond).every((k) => k.startsWith('$'))
  if (!isOps) return compare(value, cond) === 0
  return Object.entries(cond).every(([op, arg]) => {
    if (op === '$in') return (arg as unknown[]).some((x) => compare(value, x) === 0)
    if (op === '$eq') return compare(value, arg) === 0
    if (rank(value) !== rank(arg)) return false
    const c = compare(value, arg)
    return { $gt: c > 0, $gte: c >= 0, $lt: c < 0, $lte: c <= 0 }[op] ?? fail(`operator ${op}`)
  })
}

function matches(doc: Raw, query: Record<string, unknown>): boolean {
  return Object.entries(query).every(([key, cond]) => {
    if (key === '$and') return (cond as Record<string, unknown>[]).every((q) => matches(doc, q))
    if (key === '$or') return (cond as Record<string, unknown>[]).some((q) => matches(doc, q))
    return test(valueAt(doc, key), cond)
  })
}

function group(rows: Record<string, unknown>[], spec: Record<string, unknown>): Record<string, unknown>[] {
  const key = spec._id
  const [[name, sum] = ['', null]] = Object.entries(spec).filter(([k]) => k !== '_id')
  if (typeof key !== 'string' || !key.startsWith('$') || JSON.stringify(sum) !== '{"$sum":1}') fail(`group ${JSON.stringify(spec)}`)
  const counts = new Map<unknown, number>()
  for (const row of rows) counts.set(valueAt(row, key.slice(1)), (counts.get(valueAt(row, key.slice(1))) ?? 0) + 1)
  return [...counts].map(([id, n]) => ({ _id: id, [name]: n }))
}

/** An exclusion projection (`{ sealed: 0 }`), the only kind the adapter sends. */
function project(doc: Raw, projection: unknown): Raw {
  if (projection === undefined) return doc
  const fields = Object.entries(parse(projection))
  if (fields.some(([, keep]) => keep !== 0)) fail(`projection ${JSON.stringify(projection)}`)
  const copy: Raw = { ...doc }
  for (const [field] of fields) delete copy[field]
  return copy
}

function fail(what: string): never {
  throw Object.assign(new Error(`fake CloudBase does not support ${what}`), { code: 'FAKE_UNSUPPORTED' })
}

export class FakeCloudbase {
  readonly requests: Body[] = []
  /** Answers a request instead of the fake when it returns a reply: for failures the real service would give. */
  intercept: (body: Body) => Reply | undefined = () => undefined
  readonly files = new Map<string, Buffer>()
  private readonly docs = new Map<string, Raw>()
  private readonly changedAt = new Map<string, number>()
  private readonly locks = new Map<string, string>()
  private readonly txs = new Map<string, Tx>()
  private seq = 0
  private server: Server | undefined
  url = ''

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        if (req.url?.startsWith('/cos/')) return this.object(req, res, Buffer.concat(chunks))
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body
        this.requests.push(body)
        let reply: Reply
        try {
          reply = this.intercept(body) ?? this.handle(body)
        } catch (error) {
          const e = error as { code?: string; message: string }
          reply = { code: e.code ?? 'FAKE_ERROR', message: e.message }
        }
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ requestId: `req-${this.requests.length}`, ...reply }))
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/admin`
    return this
  }

  /** An SDK instance pointed at this server, as the adapter receives one in the cloud. */
  app(): tcb.CloudBase {
    // Off Tencent Cloud the SDK probes a metadata host before every request (two 30 ms timeouts);
    // this flag, private to this test file's copy of process.env, says "on Tencent Cloud" and skips it.
    process.env.TENCENTCLOUD = 'true'
    return tcb.init({ env: 'test-env', secretId: 'x', secretKey: 'y', serviceUrl: this.url, keepalive: false })
  }

  actions(): string[] {
    return this.requests.map((r) => r.action)
  }

  stored(collection: string, id: string): Raw | undefined {
    return this.docs.get(`${collection}/${id}`)
  }

  /** Puts documents straight into the stand-in's memory, without a request: bulk data for tests that count requests. */
  seed(collection: string, docs: Raw[]): void {
    for (const doc of docs) this.apply(`${collection}/${doc._id}`, doc)
  }

  /** Every stored document of a collection, as the database holds it. */
  all(collection: string): Raw[] {
    return [...this.docs.entries()].filter(([k]) => k.startsWith(`${collection}/`)).map(([, d]) => d)
  }

  close(): Promise<void> {
    const server = this.server
    if (!server) return Promise.resolve()
    server.closeAllConnections()
    return new Promise((resolve) => server.close(() => resolve()))
  }

  private handle(b: Body): Reply {
    const tx = typeof b.transactionId === 'string' ? this.tx(b.transactionId) : undefined
    const key = (id: unknown) => `${String(b.collectionName)}/${String(id)}`
    switch (b.action) {
      case 'database.startTransaction': {
        const id = `tx-${(this.seq += 1)}`
        this.txs.set(id, { writes: new Map(), startSeq: this.seq })
        return { transactionId: id }
      }
      case 'database.commitTransaction':
        return this.finish(String(b.transactionId), true)
      case 'database.abortTransaction':
        return this.finish(String(b.transactionId), false)
      case 'database.getDocument':
        return { data: { list: this.select(b, tx).map((d) => JSON.stringify(d)) } }
      case 'database.aggregateDocuments':
        return { data: { list: this.aggregate(b).map((row) => JSON.stringify(row)) } }
      case 'database.calculateDocument':
        return { data: { total: this.select({ ...b, limit: Infinity }, tx).length } }
      case 'database.insertDocument': {
        const docs = (b.data as string[]).map((s) => parse(s) as Raw)
        for (const d of docs) if (this.read(key(d._id), tx)) throw Object.assign(new Error('E11000 duplicate key'), { code: DUPLICATE_CODE })
        for (const d of docs) this.write(key(d._id), d, tx, b.transactionId)
        return { data: { insertedIds: docs.map((d) => d._id) } }
      }
      case 'database.modifyDocument': {
        if (b.queryType !== 'DOC' || b.merge !== false) fail(`modifyDocument ${String(b.queryType)} merge=${String(b.merge)}`)
        const id = parse(b.query)._id
        this.write(key(id), { ...parse(b.data), _id: String(id) }, tx, b.transactionId)
        return { data: { updated: 1, upsert_id: null } }
      }
      case 'database.removeDocument': {
        if (b.queryType !== 'DOC') fail(`removeDocument ${String(b.queryType)}`)
        const k = key(parse(b.query)._id)
        const existed = this.read(k, tx) !== undefined
        this.write(k, null, tx, b.transactionId)
        return { data: { deleted: existed ? 1 : 0 } }
      }
      default:
        return this.storage(b)
    }
  }

  private storage(b: Body): Reply {
    const origin = this.url.replace(/\/admin$/, '')
    const pathOf = (fileId: string) => (fileId.startsWith(FILE_ID_PREFIX) ? fileId.slice(FILE_ID_PREFIX.length) : fail(`file ID ${fileId}`))
    const link = (p: string, maxAge: unknown) => `${origin}/cos/${encodeURIComponent(p)}?sign=s&t=${String(maxAge)}`
    switch (b.action) {
      case 'storage.getUploadMetadata': {
        const p = String(b.path)
        return { data: { url: link(p, 0), token: 't', authorization: 'a', fileId: `${FILE_ID_PREFIX}${p}`, cosFileId: 'c', download_url: '' } }
      }
      case 'storage.batchGetDownloadUrl': {
        const list = (b.file_list as { fileid: string; max_age?: number }[]).map(({ fileid, max_age }) => {
          const p = pathOf(fileid)
          return this.files.has(p)
            ? { fileID: fileid, tempFileURL: link(p, max_age), code: 'SUCCESS' }
            : { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
        })
        return { data: { download_list: list } }
      }
      case 'storage.batchDeleteFile':
        return {
          data: {
            delete_list: (b.fileid_list as string[]).map((id) => ({ fileID: id, code: this.files.delete(pathOf(id)) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' })),
          },
        }
      default:
        return fail(b.action)
    }
  }

  /** The object store: PUT stores, GET serves; the SDK reads an empty PUT answer as success. */
  private object(req: IncomingMessage, res: ServerResponse, bytes: Buffer): void {
    const p = decodeURIComponent(new URL(req.url ?? '', 'http://x').pathname.slice('/cos/'.length))
    if (req.method === 'PUT') this.files.set(p, bytes)
    const found = req.method === 'PUT' ? Buffer.alloc(0) : this.files.get(p)
    res.statusCode = found ? 200 : 404
    res.end(found ?? '')
  }

  private tx(id: string): Tx {
    return this.txs.get(id) ?? fail(`unknown transaction ${id}`)
  }

  private read(k: string, tx: Tx | undefined): Raw | undefined {
    if (tx?.writes.has(k)) return tx.writes.get(k) ?? undefined
    return this.docs.get(k)
  }

  private select(b: Body, tx: Tx | undefined): Raw[] {
    const prefix = `${String(b.collectionName)}/`
    const query = b.query === undefined ? {} : parse(b.query)
    const keys = new Set([...this.docs.keys(), ...(tx?.writes.keys() ?? [])].filter((k) => k.startsWith(prefix)))
    const rows = [...keys].map((k) => this.read(k, tx)).filter((d): d is Raw => d !== undefined && matches(d, query))
    const order = Object.entries(b.order === undefined ? {} : parse(b.order)) as [string, number][]
    rows.sort((x, y) => order.reduce((acc, [f, dir]) => acc || dir * compare(valueAt(x, f), valueAt(y, f)), 0))
    return rows.slice(0, Number(b.limit ?? 100)).map((row) => project(row, b.projection))
  }

  /** The stages the adapter sends: `$match`, `$group` by one field with `$sum: 1` counts, `$limit`. */
  private aggregate(b: Body): Record<string, unknown>[] {
    let rows: Record<string, unknown>[] = this.select({ ...b, limit: Infinity }, undefined)
    for (const { stageKey, stageValue } of b.stages as { stageKey: string; stageValue: string }[]) {
      const arg = parse(stageValue)
      if (stageKey === '$match') rows = rows.filter((row) => matches(row as Raw, arg))
      else if (stageKey === '$limit') rows = rows.slice(0, Number(arg))
      else if (stageKey === '$group') rows = group(rows, arg)
      else fail(`aggregate stage ${stageKey}`)
    }
    return rows
  }

  /** First writer wins: a second transaction touching the same document, or one changed since it began, conflicts. */
  private write(k: string, doc: Raw | null, tx: Tx | undefined, txId: unknown): void {
    if (!tx) {
      this.apply(k, doc)
      return
    }
    const holder = this.locks.get(k)
    if ((holder && holder !== txId) || (this.changedAt.get(k) ?? 0) > tx.startSeq) {
      this.finish(String(txId), false)
      throw Object.assign(new Error(CONFLICT.message), CONFLICT)
    }
    this.locks.set(k, String(txId))
    tx.writes.set(k, doc)
  }

  private apply(k: string, doc: Raw | null): void {
    this.changedAt.set(k, (this.seq += 1))
    if (doc) this.docs.set(k, doc)
    else this.docs.delete(k)
  }

  private finish(txId: string, commit: boolean): Reply {
    const tx = this.txs.get(txId)
    if (!tx) return {}
    if (commit) for (const [k, doc] of tx.writes) this.apply(k, doc)
    for (const [k, holder] of this.locks) if (holder === txId) this.locks.delete(k)
    this.txs.delete(txId)
    return {}
  }
}
