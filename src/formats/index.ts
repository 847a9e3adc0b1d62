/** Input formats: decoding archived Vietnamese text from its real encodings. */
export * from "./encodings/index.js";
