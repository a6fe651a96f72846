/** JSON lines from a streamed response body, each line as its text and its value, as they arrive. */
export async function* jsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<{ text: string; value: unknown }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = rest.indexOf("\n")) >= 0) {
      const text = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (text.trim()) yield { text, value: JSON.parse(text) as unknown };
    }
  }
  rest += decoder.decode();
  if (rest.trim()) yield { text: rest, value: JSON.parse(rest) as unknown };
}
