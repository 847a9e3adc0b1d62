import { describe, expect, it } from "vitest";
import { listMarker } from "../../../src/segment/sentences/rules/list-marker.js";
import { contextAt } from "./helpers.js";

describe("rule list-marker", () => {
  it.each([
    ["như sau: 1. Tăng cường", "1.", "join"],
    ["1. Tăng cường công tác", "1.", "join"],
    ["nhiệm vụ; 2. Đẩy mạnh", "2.", "join"],
    ["a. Về kinh tế", "a.", "join"],
    ["lần thứ 2. Các đại biểu", "2.", null],
    ["năm 2019. Năm", "2019.", null],
  ] as const)("%s", (text, token, verdict) => {
    expect(listMarker.test(contextAt(text, text.indexOf(token) + token.length - 1))).toBe(verdict);
  });
});
