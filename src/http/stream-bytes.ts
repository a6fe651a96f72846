/** The default limit on a POST /v1/classify/stream body (256 MiB): the server's `streamBytes` and the batch page's check before sending. */
export const STREAM_BYTES = 268_435_456;
