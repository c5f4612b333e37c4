"""Tests for tamis._decode: encoding sniffing, label table, meta prescan, not-HTML sniffing."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tamis._decode import Decoded, decode_html, label_to_encoding, sniff_not_html

FRENCH = "Léa Salamé, côté, l'été — « guillemets »"
FRENCH_BODY = (
    f"<p>{FRENCH}</p>\n"
    "<p>La journaliste a présenté l'émission de la rentrée à la télévision française. "
    "Les invités étaient nombreux et le débat fut animé jusqu'à minuit.</p>\n"
)
CHINESE = (
    "中华人民共和国是位于东亚的社会主义国家，首都是北京。"
    "上海是中国最大的城市，也是重要的经济和金融中心。"
    "近年来，经济发展迅速，人民生活水平不断提高，科技创新能力显著增强。"
)
JAPANESE = (
    "<p>東京は日本の首都であり、世界でも有数の大都市です。春には桜が咲き、多くの人々が公園で花見を楽しみます。</p>\n"
    "<p>富士山は日本で最も高い山で、その美しい姿は古くから絵画や文学の題材になってきました。</p>\n"
    "<p>京都には千年以上の歴史を持つ寺院や神社が数多く残っており、毎年たくさんの観光客が訪れています。</p>\n"
)
RUSSIAN = (
    "<p>Москва - столица России и крупнейший город страны. Здесь живёт более двенадцати "
    "миллионов человек.</p>\n<p>Город расположен на реке Москве, в центре Восточно-Европейской "
    "равнины. Кремль и Красная площадь известны во всём мире.</p>\n"
)


def page(body: str, head: str = "") -> str:
    """A minimal page around ``body``."""
    return f"<!DOCTYPE html>\n<html><head>{head}<title>Test</title></head>\n<body>\n{body}</body></html>\n"


def long_english_head(size: int = 3000) -> str:
    """An ASCII-only <head> of about ``size`` characters, as news sites have."""
    parts = ['<meta name="viewport" content="width=device-width, initial-scale=1">']
    i = 0
    while sum(map(len, parts)) < size:
        parts.append(
            f'<meta property="og:description{i}" content="Breaking news and analysis from around the '
            f'world, updated around the clock by our reporters.">'
            f'<link rel="stylesheet" href="/static/css/site-{i}.css">'
        )
        i += 1
    return "".join(parts)


# --- BOM ---------------------------------------------------------------------------------


def test_utf8_plain() -> None:
    html = page("<p>naïve café — 東京 🎉</p>")
    result = decode_html(html.encode("utf-8"))
    assert result == Decoded(html, "utf-8", "detected")


def test_utf8_bom_wins_over_everything() -> None:
    html = page("<p>naïve café</p>", head='<meta charset="windows-1251">')
    result = decode_html(b"\xef\xbb\xbf" + html.encode("utf-8"), content_type="text/html; charset=koi8-r")
    assert result == Decoded(html, "utf-8", "bom")


@pytest.mark.parametrize(
    ("bom", "codec", "name"), [(b"\xff\xfe", "utf-16-le", "utf-16le"), (b"\xfe\xff", "utf-16-be", "utf-16be")]
)
def test_utf16_bom(bom: bytes, codec: str, name: str) -> None:
    html = page("<p>Léa Salamé — 東京</p>")
    result = decode_html(bom + html.encode(codec))
    assert result == Decoded(html, name, "bom")


@pytest.mark.parametrize(("codec", "name"), [("utf-16-le", "utf-16le"), ("utf-16-be", "utf-16be")])
def test_utf16_without_bom_is_detected(codec: str, name: str) -> None:
    html = page("<p>Léa Salamé</p>")
    result = decode_html(html.encode(codec))
    assert (result.text, result.encoding, result.source) == (html, name, "detected")


# --- Western legacy encodings ---------------------------------------------------------------


def test_windows_1252_declared_by_meta() -> None:
    html = page(FRENCH_BODY, head='<meta charset="windows-1252">')
    result = decode_html(html.encode("cp1252"))
    assert result == Decoded(html, "windows-1252", "meta")


def test_windows_1252_undeclared_is_detected() -> None:
    html = page(FRENCH_BODY)
    result = decode_html(html.encode("cp1252"))
    assert result.text == html
    assert result.encoding == "windows-1252"
    assert result.source == "detected"


def test_windows_1252_single_sentence_undeclared() -> None:
    result = decode_html(f"<p>{FRENCH}</p>".encode("cp1252"))
    assert result.text == f"<p>{FRENCH}</p>"
    assert result.encoding == "windows-1252"


def test_iso_8859_15_euro_sign_declared_by_meta() -> None:
    html = page("<p>Le café coûte 3 € à Paris.</p>", head='<meta charset="ISO-8859-15">')
    data = html.encode("iso8859_15")
    assert b"\xa4" in data  # the euro sign's byte in Latin-9
    result = decode_html(data)
    assert result == Decoded(html, "iso-8859-15", "meta")


def test_windows_1252_undefined_bytes_are_c1_controls() -> None:
    result = decode_html(b"<p>a\x81b</p>", content_type="text/html; charset=windows-1252")
    assert result.text == "<p>a\x81b</p>"


# --- transport charset -----------------------------------------------------------------------


def test_transport_charset_overrides_meta() -> None:
    html = page(RUSSIAN, head='<meta charset="utf-8">')
    result = decode_html(html.encode("koi8_r"), content_type="text/html; charset=KOI8-R")
    assert result == Decoded(html, "koi8-r", "transport")


@pytest.mark.parametrize(
    "content_type",
    [
        'text/html; charset="windows-1251"',
        "text/html;charset=windows-1251",
        "text/html; Charset = cp1251 ; foo=bar",
        "text/html; charset='x-cp1251'",
        "charset=windows-1251",
    ],
)
def test_transport_charset_forms(content_type: str) -> None:
    html = page(RUSSIAN)
    result = decode_html(html.encode("cp1251"), content_type=content_type)
    assert result == Decoded(html, "windows-1251", "transport")


def test_unknown_transport_charset_is_ignored() -> None:
    html = page(FRENCH_BODY, head='<meta charset="windows-1252">')
    result = decode_html(html.encode("cp1252"), content_type="text/html; charset=klingon")
    assert result == Decoded(html, "windows-1252", "meta")


def test_content_type_without_charset() -> None:
    html = page(FRENCH_BODY, head='<meta charset="windows-1252">')
    result = decode_html(html.encode("cp1252"), content_type="text/html")
    assert result.source == "meta"


# --- mislabelled pages -----------------------------------------------------------------------


def test_meta_says_utf8_but_bytes_are_windows_1252() -> None:
    html = page(FRENCH_BODY, head='<meta charset="utf-8">')
    result = decode_html(html.encode("cp1252"))
    assert result.text == html
    assert result.encoding == "windows-1252"
    assert result.source == "detected"


def test_transport_says_utf8_but_bytes_are_windows_1252() -> None:
    html = page(FRENCH_BODY)
    result = decode_html(html.encode("cp1252"), content_type="text/html; charset=utf-8")
    assert (result.text, result.encoding, result.source) == (html, "windows-1252", "detected")


def test_meta_says_iso_8859_1_but_bytes_are_utf8() -> None:
    html = page(FRENCH_BODY, head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    result = decode_html(html.encode("utf-8"))
    assert result == Decoded(html, "utf-8", "detected")


def test_transport_says_latin1_but_bytes_are_utf8() -> None:
    html = page(FRENCH_BODY)
    result = decode_html(html.encode("utf-8"), content_type="text/html; charset=ISO-8859-1")
    assert result == Decoded(html, "utf-8", "detected")


def test_declared_legacy_ascii_only_page_keeps_declaration() -> None:
    html = page("<p>plain ascii</p>", head='<meta charset="iso-8859-1">')
    assert decode_html(html.encode("ascii")) == Decoded(html, "windows-1252", "meta")


def test_utf8_with_a_few_stray_bytes_stays_utf8() -> None:
    body = "<p>Léa Salamé, côté, l'été — « guillemets » à la télévision.</p>\n" * 20
    data = page(body, head='<meta charset="utf-8">').encode("utf-8")
    data = data.replace(b"<title>", b"<title>\xe9t\xe9 ", 1)  # two windows-1252 bytes in the title
    result = decode_html(data)
    assert result.encoding == "utf-8"
    assert result.source == "meta"
    assert result.text.count("\ufffd") == 2
    assert "Léa Salamé" in result.text


def test_truncated_utf8_sequence_at_the_end_still_counts_as_utf8() -> None:
    data = page(FRENCH_BODY).encode("utf-8") + "東".encode()[:2]
    result = decode_html(data)
    assert result.encoding == "utf-8"
    assert result.text.startswith(page(FRENCH_BODY))


# --- CJK and Cyrillic detection --------------------------------------------------------------


def test_gb2312_with_long_english_head_undeclared() -> None:
    head = long_english_head(3000)
    assert len(head) >= 3000
    html = page(f"<h1>新闻</h1>\n<p>{CHINESE}</p>\n<p>{CHINESE}</p>\n", head=head)
    result = decode_html(html.encode("gb2312"))
    assert result.text == html
    assert result.encoding in {"gbk", "gb18030"}
    assert result.source == "detected"


def test_gb2312_with_a_very_long_ascii_head_undeclared() -> None:
    # The first non-ASCII byte is far past any fixed-size head sample.
    head = long_english_head(100_000)
    html = page(f"<p>{CHINESE}</p>", head=head)
    result = decode_html(html.encode("gb2312"))
    assert result.text == html
    assert result.encoding == "gbk"


def test_shift_jis_undeclared() -> None:
    html = page(JAPANESE)
    result = decode_html(html.encode("shift_jis"))
    assert result.text == html
    assert result.encoding == "shift_jis"
    assert result.source == "detected"


def test_euc_jp_undeclared() -> None:
    html = page(JAPANESE)
    result = decode_html(html.encode("euc_jp"))
    assert result.text == html
    assert result.encoding == "euc-jp"


def test_iso_2022_jp_undeclared() -> None:
    html = page(JAPANESE)
    result = decode_html(html.encode("iso2022_jp"))
    assert result == Decoded(html, "iso-2022-jp", "detected")


def test_koi8_r_undeclared() -> None:
    html = page(RUSSIAN)
    result = decode_html(html.encode("koi8_r"))
    assert result.text == html
    assert result.encoding == "koi8-r"
    assert result.source == "detected"


def test_windows_1251_undeclared() -> None:
    html = page(RUSSIAN)
    result = decode_html(html.encode("cp1251"))
    assert result.text == html
    assert result.encoding == "windows-1251"


def test_shift_jis_declared_decodes_as_windows_932() -> None:
    # ① and ～ exist only in Microsoft's Shift_JIS, which is what browsers decode.
    html = page("<p>①番目の～</p>", head='<meta charset="shift_jis">')
    result = decode_html(html.encode("cp932"))
    assert result == Decoded(html, "shift_jis", "meta")


def test_gbk_declared_decodes_gb18030_characters() -> None:
    html = page("<p>中文 €</p>", head='<meta charset="gb2312">')
    result = decode_html(html.encode("gb18030"))
    assert result == Decoded(html, "gbk", "meta")


# --- Latin code pages the detector confuses: <html lang> settles them -----------------------

CZECH = (
    "<p>Vláda schválila návrh zákona o státním rozpočtu na příští rok. Ministr financí řekl, že schodek "
    "bude nižší než letos. Opozice návrh kritizuje a tvrdí, že vláda podceňuje rizika spojená s růstem "
    "cen energií.</p>\n<p>Česká národní banka očekává, že inflace se v příštím roce sníží "
    "na dvě procenta.</p>\n"
)
POLISH = (
    "<p>Prezydent podpisał ustawę o zmianie przepisów dotyczących ochrony środowiska. Zmiany wejdą w "
    "życie za dwa tygodnie, poinformował rzecznik.</p>\n<p>Według ekspertów nowe prawo pozwoli ograniczyć "
    "emisję zanieczyszczeń w dużych miastach.</p>\n"
)
TURKISH = (
    "<p>Türkiye Büyük Millet Meclisi bugün yeni bütçe kanununu görüştü. Milletvekilleri değişiklik "
    "önergelerini oyladı ve kabul etti.</p>\n<p>Maliye Bakanı, ekonominin gelecek yıl yüzde beş "
    "büyüyeceğini söyledi.</p>\n"
)
LITHUANIAN = (
    "<p>Vyriausybė šiandien paskelbė naujas priemones ekonomikai remti. Premjeras pareiškė, kad "
    "ekonomikos augimas tęsis, o infliacija mažės.</p>\n<p>Opozicija kritikavo planą ir pareikalavo "
    "finansų ministro atsistatydinimo.</p>\n"
)


def lang_page(lang: str, body: str) -> str:
    """A page declaring its language but not its encoding."""
    return page(body).replace("<html>", f'<html lang="{lang}">', 1)


@pytest.mark.parametrize(
    ("lang", "body", "codec", "expected"),
    [
        ("cs", CZECH, "cp1250", "windows-1250"),
        ("cs-CZ", CZECH, "iso8859_2", "iso-8859-2"),
        ("pl", POLISH, "cp1250", "windows-1250"),
        ("pl", POLISH, "iso8859_2", "iso-8859-2"),
        ("tr", TURKISH, "cp1254", "windows-1254"),
        ("lt", LITHUANIAN, "cp1257", "windows-1257"),
        ("en", LITHUANIAN, "cp1257", "windows-1257"),  # a template's lang="en" must not hurt
        ("en", FRENCH_BODY, "cp1252", "windows-1252"),
    ],
)
def test_declared_language_settles_latin_code_pages(lang: str, body: str, codec: str, expected: str) -> None:
    html = lang_page(lang, body)
    result = decode_html(html.encode(codec))
    assert result.text == html
    assert result.encoding == expected
    assert result.source == "detected"


def test_latin9_euro_sign_undeclared() -> None:
    html = page(
        "<p>Le café coûte 3 € à Paris, où les œuvres d'art attirent des millions de visiteurs chaque "
        "année. Le ministre a présenté son projet de loi devant l'Assemblée nationale.</p>\n"
    )
    result = decode_html(html.encode("iso8859_15"))
    assert result.text == html
    assert result.encoding == "iso-8859-15"


# --- big inputs ------------------------------------------------------------------------------


def test_big_windows_1252_page() -> None:
    html = page(FRENCH_BODY * 20_000)  # about 4 MB
    result = decode_html(html.encode("cp1252"))
    assert (result.text == html, result.encoding) == (True, "windows-1252")


def test_utf8_with_stray_byte_after_a_long_ascii_prefix() -> None:
    # The UTF-8 check first judges a prefix; an all-ASCII prefix must not count against UTF-8.
    head = "<!-- padding -->\n" * 20_000  # about 340 KB
    data = page(FRENCH_BODY * 3, head=head).encode("utf-8").replace(b"</body>", b"\x92</body>")
    result = decode_html(data)
    assert result.encoding == "utf-8"
    assert "Léa Salamé" in result.text


# --- label table ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin1", "windows-1252"),
        ("iso-8859-1", "windows-1252"),
        ("ISO_8859-1:1987", "windows-1252"),
        ("ascii", "windows-1252"),
        ("us-ascii", "windows-1252"),
        ("x-sjis", "shift_jis"),
        ("windows-31j", "shift_jis"),
        ("  UTF8 ", "utf-8"),
        ("\tunicode-1-1-utf-8\n", "utf-8"),
        ("gb2312", "gbk"),
        ("GB18030", "gb18030"),
        ("x-x-big5", "big5"),
        ("ks_c_5601-1987", "euc-kr"),
        ("koi8", "koi8-r"),
        ("koi8-ru", "koi8-u"),
        ("iso-8859-9", "windows-1254"),
        ("tis-620", "windows-874"),
        ("logical", "iso-8859-8-i"),
        ("utf-16", "utf-16le"),
        ("unicodefffe", "utf-16be"),
        ("x-user-defined", "x-user-defined"),
        ("x-mac-ukrainian", "x-mac-cyrillic"),
        ("csiso2022jp", "iso-2022-jp"),
        ("x-euc-jp", "euc-jp"),
        (b"Windows-1250", "windows-1250"),
    ],
)
def test_label_table(label: str | bytes, expected: str) -> None:
    assert label_to_encoding(label) == expected


@pytest.mark.parametrize(
    "label",
    ["", "klingon", "utf-9", "latin-1", "utf 8", "\u212aoi8-r", "iso-2022-kr", "hz-gb-2312", "replacement"],
)
def test_unknown_and_replacement_labels_are_ignored(label: str) -> None:
    assert label_to_encoding(label) is None


def test_meta_x_user_defined_means_windows_1252() -> None:
    html = page(FRENCH_BODY, head='<meta charset="x-user-defined">')
    assert decode_html(html.encode("cp1252")) == Decoded(html, "windows-1252", "meta")


def test_meta_utf16_means_utf8() -> None:
    html = page("<p>Léa</p>", head='<meta charset="utf-16">')
    assert decode_html(html.encode("utf-8")) == Decoded(html, "utf-8", "meta")


def test_transport_x_user_defined_maps_high_bytes_to_private_use() -> None:
    result = decode_html(b"<p>a\x80\xff</p>", content_type="text/html; charset=x-user-defined")
    assert result == Decoded("<p>a\uf780\uf7ff</p>", "x-user-defined", "transport")


# --- meta prescan ---------------------------------------------------------------------------

KOI8_TEXT = "<p>Привет, мир! Это проверка кодировки.</p>"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="koi8-r">',
        "<meta charset='koi8-r'>",
        "<meta charset=koi8-r>",
        "<META CHARSET=KOI8-R />",
        "<meta/charset=koi8-r>",
        '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
        '<meta content="text/html; charset=koi8-r" http-equiv="content-type">',
        "<meta http-equiv=content-type content='text/html;charset=\"koi8-r\"'>",
        "<meta\thttp-equiv='Content-Type'\ncontent='text/html; charset = koi8-r'>",
        '<meta name="x" charset="koi8-r">',
        '<meta charset="bogus"><meta charset="koi8-r">',
        '<meta charset="koi8-r" charset="utf-8">',  # a repeated attribute is ignored
        '<!-- a comment --><meta charset="koi8-r">',
        '<!---->\n<meta charset="koi8-r">',
        '<div title="<meta charset=utf-8>"></div><meta charset="koi8-r">',
    ],
)
def test_meta_prescan_forms(meta: str) -> None:
    html = f"<html><head>{meta}</head><body>{KOI8_TEXT}</body></html>"
    result = decode_html(html.encode("koi8_r"))
    assert result == Decoded(html, "koi8-r", "meta")


@pytest.mark.parametrize(
    "head",
    [
        '<!-- <meta charset="koi8-r"> -->',
        '<meta http-equiv="refresh" content="5; charset=koi8-r">',  # content without the pragma
        '<meta content="text/html; charset=koi8-r">',
        '<meta name="charset" content="koi8-r">',
        '<metacharset="koi8-r">',
        '<script>var s = "<meta charset=koi8-r>";</script>',
        '<?xml version="1.0"?><!DOCTYPE html><!-- <meta charset="koi8-r">',
    ],
)
def test_meta_prescan_ignores(head: str) -> None:
    html = f"<html><head>{head}</head><body><p>{FRENCH}</p></body></html>"
    result = decode_html(html.encode("utf-8"))
    assert result.source == "detected"
    assert result.text == html


def test_meta_after_1024_bytes_is_ignored() -> None:
    padding = "<!-- " + "x" * 1100 + " -->"
    html = f'<html><head>{padding}<meta charset="koi8-r"></head><body>{FRENCH_BODY}</body></html>'
    result = decode_html(html.encode("cp1252"))
    assert result.source == "detected"
    assert result.encoding == "windows-1252"
    assert result.text == html


def test_meta_within_1024_bytes_is_used() -> None:
    padding = "<!-- " + "x" * 900 + " -->"
    html = f'<html><head>{padding}<meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    assert decode_html(html.encode("cp1251")) == Decoded(html, "windows-1251", "meta")


# --- degenerate input -----------------------------------------------------------------------


def test_empty_bytes() -> None:
    result = decode_html(b"")
    assert result.text == ""
    assert result.encoding == "utf-8" or result.source == "default"


def test_ascii_only() -> None:
    result = decode_html(b"<p>hello</p>")
    assert result.text == "<p>hello</p>"


def test_undecidable_bytes_fall_back_without_raising() -> None:
    result = decode_html(bytes(range(256)) * 3)
    assert isinstance(result.text, str)
    assert result.encoding


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=4096),
    st.sampled_from([None, "text/html", "text/html; charset=utf-8", "charset=shift_jis"]),
)
def test_random_bytes_never_raise(data: bytes, content_type: str | None) -> None:
    result = decode_html(data, content_type=content_type)
    assert isinstance(result.text, str)
    assert result.source in {"bom", "transport", "meta", "detected", "default"}
    assert label_to_encoding(result.encoding) == result.encoding or result.encoding == "x-user-defined"
    kind = sniff_not_html(data)
    assert kind is None or isinstance(kind, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_random_utf8_text_round_trips(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        text = text[1:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates are not UTF-8
    result = decode_html(data)
    if result.encoding == "utf-8":
        assert result.text == text


# --- sniff_not_html -------------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpeg"),
        (b"GIF89a\x01\x00\x01\x00", "gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (gzip.compress(b"<html>hello</html>"), "gzip"),
        (_zip_bytes(), "zip"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "mp4"),
        (b"\x7fELF\x02\x01\x01\x00", "elf"),
        (b'{"title": "News", "items": [1, 2, 3], "ok": true}', "json"),
        (b'\xef\xbb\xbf  \n[{"a": null}, {"b": "c"}]', "json"),
        (json.dumps({"k": "v" * 2_000_000}).encode(), "json"),  # too big to parse: head check
        (b"\x00\x01\x02\x03\x04\x05" * 200, "binary"),
        (b"some text\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "binary"),
    ],
)
def test_sniff_not_html_rejects(data: bytes, kind: str) -> None:
    assert sniff_not_html(data) == kind


@pytest.mark.parametrize(
    "data",
    [
        b"",
        page(FRENCH_BODY).encode("utf-8"),
        page(FRENCH_BODY).encode("cp1252"),
        page(JAPANESE).encode("shift_jis"),
        page(JAPANESE).encode("iso2022_jp"),
        b"Just some plain text.\nWith two lines, no markup at all.\n",
        b"\xff\xfe" + page(FRENCH_BODY).encode("utf-16-le"),
        b"\xfe\xff" + page(FRENCH_BODY).encode("utf-16-be"),
        page(FRENCH_BODY).encode("utf-16-le"),
        page(FRENCH_BODY).encode("utf-16-be"),
        b"[1] A footnote-first plain text page, not JSON.",
        b"{{ template }} <p>Not JSON either</p>",
        b'{"almost": "json", but not}',
        b"<html><body><p>a\x00b</p>" + b"x" * 2000 + b"</body></html>",  # a stray NUL is fine
        b"MZ is a fine start for a sentence.",
        b"BMX racing is back in town.",
        b"ID3 tags carry the title of a song.",
    ],
)
def test_sniff_not_html_accepts(data: bytes) -> None:
    assert sniff_not_html(data) is None


def test_sniff_utf16_bom_binary_is_binary() -> None:
    assert sniff_not_html(b"\xff\xfe" + b"\x01\x00\x02\x00\x03\x00" * 100) == "binary"
