// Unit tests of the theme's query splitting, run by Node's test runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitByWordList, vietnameseVariants, unspaced, queriesFor, excerptParts, afterLeading } from "../../../theme/assets/search-engine.js";

test("a Lao query is split into the words of the index, not the browser's", () => {
  const words = new Set(["ປອດໄພ", "ການ", "ຮ່ວມມື"]);
  assert.equal(splitByWordList("ປອດໄພ", words), "ປອດໄພ");
  assert.equal(splitByWordList("ການຮ່ວມມື", words), "ການ ຮ່ວມມື");
});

test("a Khmer query prefers the fewest known words", () => {
  const words = new Set(["ពាក្យ", "សម្ងាត់", "ពាក្យសម្ងាត់"]);
  assert.equal(splitByWordList("ពាក្យសម្ងាត់", words), "ពាក្យសម្ងាត់");
});

test("letters the list does not know stay together, beside known words", () => {
  const words = new Set(["ခရီး"]);
  assert.equal(splitByWordList("ခရီးသွား", words), "ခရီး သွား");
  assert.equal(splitByWordList("abc ခရီး", words), "abc ခရီး");
});

test("Vietnamese d is also tried as đ, at the start of syllables only", () => {
  assert.deepEqual(vietnameseVariants("dien"), ["dien", "đien"]);
  assert.deepEqual(vietnameseVariants("Dan do"), ["dan do", "đan do", "dan đo", "đan đo"]);
  assert.deepEqual(vietnameseVariants("hoa don"), ["hoa don", "hoa đon"]);
  assert.deepEqual(vietnameseVariants("\"dich vu\""), ["\"dich vu\"", "\"đich vu\""]);
  assert.equal(vietnameseVariants("d d d d d").length, 8, "at most three syllables are varied");
});

test("spaces the build put between unspaced words are taken out of excerpts, others kept", () => {
  assert.equal(unspaced("ການ ຮ່ວມມື ສາກົນ"), "ການຮ່ວມມືສາກົນ");
  assert.equal(unspaced("Lao ການ text"), "Lao ການ text");
  assert.equal(unspaced("in English only"), "in English only");
  assert.equal(unspaced("ການ <mark>ຮ່ວມມື</mark> ສາກົນ"), "ການ<mark>ຮ່ວມມື</mark>ສາກົນ");
  assert.equal(unspaced("in <mark>English</mark> only"), "in <mark>English</mark> only");
});

test("each language gets its own handling", () => {
  assert.deepEqual(queriesFor("th", "ความร่วมมือ", null), ["ความร่วมมือ"]);
  assert.deepEqual(queriesFor("en", "extradition", null), ["extradition"]);
  assert.deepEqual(queriesFor("vi", "dien", null), ["dien", "đien"]);
  assert.deepEqual(queriesFor("lo", "ການຮ່ວມມື", new Set(["ການ", "ຮ່ວມມື"])), ["ການ ຮ່ວມມື"]);
  assert.deepEqual(queriesFor("lo", "ການຮ່ວມມື", null), ["ການຮ່ວມມື"], "without the list, as typed");
});

test("an excerpt keeps the spaces and stops around its marked words", () => {
  assert.deepEqual(excerptParts("on <mark>extradition</mark> is <mark>dual</mark> <mark>criminality</mark>, then"), [
    { text: "on ", marked: false }, { text: "extradition", marked: true }, { text: " is ", marked: false },
    { text: "dual", marked: true }, { text: " ", marked: false }, { text: "criminality", marked: true },
    { text: ", then", marked: false }]);
});

test("an excerpt's text is text: what looks like markup stays visible, and only < and > are unescaped", () => {
  assert.deepEqual(excerptParts("a &lt;script&gt; and &amp;lt; <mark>b</mark>"), [
    { text: "a <script> and &amp;lt; ", marked: false }, { text: "b", marked: true }]);
});

test("a fact's excerpt is split after its label and value, whatever the spacing of the index", () => {
  const parts = excerptParts("Extradition of nationals Does not <mark>extradite</mark> its nationals. Under the <mark>Act</mark>");
  const label = afterLeading(parts, "Extradition of nationals");
  const value = afterLeading(label.rest, "Does not extradite its nationals");
  assert.deepEqual(value.head.map((part) => part.text).join(""), "Does not extradite its nationals");
  assert.deepEqual(value.head.filter((part) => part.marked).map((part) => part.text), ["extradite"]);
  assert.deepEqual(value.rest, [{ text: "Under the ", marked: false }, { text: "Act", marked: true }]);
  assert.equal(afterLeading(parts, "Treaty required"), null);
  const thai = excerptParts("การส่ง\u200Bผู้ร้าย\u200B<mark>ข้ามแดน</mark>");
  assert.deepEqual(afterLeading(thai, "การส่งผู้ร้ายข้ามแดน").rest, []);
});
