/** Messages between an embed and its host page's loader; namespaced so other widgets' messages pass by. */
export const HEIGHT_MESSAGE = 'conflict-timeline:height';
/** Sent by the loader when it starts, so embeds that loaded first report their height again. */
export const HELLO_MESSAGE = 'conflict-timeline:hello';
