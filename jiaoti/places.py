"""Place names: the national list of provinces, cities and counties (the administrative
codes shipped in the PyPI package ``cpca``, MIT), with short forms (鹤壁市 → 鹤壁) where the
short form is not an ordinary word. Used to tell a question about another city from one
about the documents' own, and to tag facts with the place they are about."""

from __future__ import annotations

import csv
import importlib.util
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from jiaoti.lexicon import read_lines

_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗")
_COMMON_SHORT = 200         # a county's short form more frequent than this is a word
_COMMON_SHORT_CITY = 3000
# words that point at the documents' own place, whatever it is
HOME_WORDS = ("我市", "本市", "全市", "咱市", "咱们市", "我们市", "市里", "我县", "本县", "全县",
              "咱县", "咱们县", "我们县", "县里", "我区", "本区", "全区", "咱区", "咱们区", "我们区",
              "区里", "我旗", "本旗", "全旗", "咱旗", "旗里", "我州", "本州", "全州", "州里",
              "我盟", "本盟", "全盟", "盟里", "全地区", "本地区", "我地区", "咱们这", "我们这",
              "本地", "当地")
# in a figure's own words, the documents' own place too ('地区有各级各类学校931所', '辖区内有
# 学校66所'); not in a question, where 地区 is also any region's ('盐城地区')
AREA_WORDS = HOME_WORDS + ("地区", "辖区", "境内")


@dataclass(frozen=True)
class Place:
    name: str        # as written in the list ("鹤壁市")
    code: str        # 12-digit administrative code
    level: str       # province | city | county

    @property
    def province(self) -> str:
        return self.code[:2]

    @property
    def city(self) -> str:
        return self.code[:4]


@dataclass(frozen=True)
class Mention:
    form: str        # the words found ("鹤壁", "淇县")
    start: int
    end: int
    places: tuple[Place, ...]
    full: bool       # written with its suffix (市/县/区/省)


def _level(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    return "county"


def short_form(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


_PEOPLES = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治([县州旗])$")


def spoken_forms(name: str) -> tuple[str, ...]:
    """How people write an autonomous area: '乐东黎族自治县' → 乐东, 乐东县; '湘西土家族苗族
    自治州' → 湘西, 湘西州."""
    m = _PEOPLES.match(name)
    return (m.group(1), m.group(1) + m.group(2)) if m else ()


def _adcodes() -> Path | None:
    spec = importlib.util.find_spec("cpca")       # found without importing it (pandas)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    return path if path.is_file() else None


class Gazetteer:
    def __init__(self, places: list[Place], extra: list[str] = ()):
        from jiaoti.text import tokenizer

        freq = tokenizer().FREQ
        self.forms: dict[str, list[Place]] = {}
        self.full: set[str] = set()
        for p in places:
            if len(p.name) == 2 and p.name.endswith("区"):
                continue        # 城区, 郊区, 矿区, 东区, 西区: ordinary words first
            self._add(p.name, p)
            self.full.add(p.name)
            short = short_form(p.name)
            limit = _COMMON_SHORT if p.level == "county" else _COMMON_SHORT_CITY
            if short != p.name and (p.level == "province" or freq.get(short, 0) < limit):
                self._add(short, p)
            for form in spoken_forms(p.name):
                if form not in (p.name, short) and freq.get(form, 0) < limit:
                    self._add(form, p)
                    if form[-1] in "县州旗":      # '焉耆县': a name with its level, whole
                        self.full.add(form)
        for name in extra:
            self._add(name, Place(name, "", "other"))
            self.full.add(name)
        self.longest = max(map(len, self.forms), default=1)

    def _add(self, form: str, place: Place) -> None:
        self.forms.setdefault(form, []).append(place)

    def find(self, text: str) -> list[Mention]:
        """Place names in ``text``, longest first, left to right, never overlapping, each
        a whole word as jieba cuts the text ('濉溪上高中' holds no 上高, '整治多少' no 治多,
        '新增城区' no 增城区)."""
        from jiaoti.text import tokenizer

        bounds, pos, token_end = {0}, 0, {}
        for w in tokenizer().lcut(text):
            for k in range(pos, pos + len(w)):
                token_end[k] = pos + len(w)
            pos += len(w)
            bounds.add(pos)
        out, i, n = [], 0, len(text)
        while i < n:
            for length in range(min(self.longest, n - i), 1, -1):
                form = text[i:i + length]
                # a full name may end inside a word jieba made ('淇县教育局') or sit inside
                # one ('上海浦东新区'), never reach from inside one into the next
                # ('新增城区' holds no 增城区)
                inside = i in bounds or i + length <= token_end.get(i, 0)
                if form in self.forms and (form in self.full and length >= 3 and inside
                                           or i in bounds and i + length in bounds):
                    out.append(Mention(form, i, i + length, tuple(self.forms[form]),
                                       form in self.full))
                    i += length
                    break
            else:
                i += 1
        return out

    def codes(self, names) -> set[str]:
        return {p.code for n in names for p in self.forms.get(n, ()) if p.code}


_gazetteer: Gazetteer | None = None
_lock = threading.Lock()


def gazetteer() -> Gazetteer:
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = Gazetteer(_load(), read_lines("places.txt"))
    return _gazetteer


def _load() -> list[Place]:
    path = _adcodes()
    if path is None:
        return []
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [Place(r["name"], r["adcode"], _level(r["adcode"])) for r in rows
            if r.get("name") and r.get("adcode")]


def is_province(name: str) -> bool:
    """A province (text saying 全省 speaks of it)."""
    return any(p.level == "province" for p in gazetteer().forms.get(name, ()))


class Home:
    """The documents' own places (from settings), with everything inside them."""

    def __init__(self, names, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        self.names = tuple(dict.fromkeys(n for n in names if n))
        codes = self._pinned({n: self.gaz.codes([n]) | self._codes_in(n) for n in self.names})
        self.codes = codes
        self.cities = {c[:4] for c in codes if _level(c) == "city"}
        self.counties = {c for c in codes if _level(c) == "county"}
        self.provinces = {c[:2] for c in codes}

    @staticmethod
    def _pinned(by_name: dict[str, set[str]]) -> set[str]:
        """The codes the names mean: a short name of several places ('邵阳': the city and
        the county 邵阳县) means the one another name pins down ('湖南省邵阳市')."""
        sure = {c for cs in by_name.values() if len(cs) == 1 for c in cs}
        return {c for cs in by_name.values() for c in (cs & sure if len(cs) > 1 and cs & sure
                                                       else cs)}

    def is_home(self, m: Mention) -> bool:
        return m.form in self.names or any(p.code in self.counties for p in m.places) or any(
            _level(p.code) == "city" and p.city in self.cities for p in m.places if p.code)

    def inside(self, m: Mention) -> bool:
        """A county or district of the home city (淇县 for 鹤壁)."""
        return any(p.level == "county" and p.city in self.cities for p in m.places)

    def is_parent(self, m: Mention) -> bool:
        """The home's province (河南 for 鹤壁)."""
        return all(p.level == "province" and p.province in self.provinces for p in m.places) \
            and bool(m.places)

    def forms(self) -> set[str]:
        """Every way of writing the home places: the settings' names and each form the
        gazetteer knows for the most specific place in them ('甘肃省张掖市山丹县' and '山丹'
        → also 山丹县)."""
        out = set(self.names)
        for name in self.names:
            codes = self._codes_in(name) & self.codes
            out |= {f for f, ps in self.gaz.forms.items() if any(p.code in codes for p in ps)}
        return out

    def _codes_in(self, name: str) -> set[str]:
        """The codes of the most specific place a settings name writes ('新疆维吾尔自治区
        巴音郭楞蒙古自治州焉耆回族自治县' → 焉耆回族自治县's)."""
        found = self.gaz.find(name)
        return {p.code for p in found[-1].places if p.code} if found else set()

    def label(self) -> str:
        """The name to use for the home place in an answer ('鹤壁市')."""
        full = [n for n in self.names if n in self.gaz.full]
        if not full and self.names and (found := self.gaz.find(self.names[0])):
            full = [found[-1].form]     # '新疆…巴音郭楞蒙古自治州焉耆回族自治县' → its county
        return (full or list(self.names) or [""])[0]


def named_as_scope(place: str, text: str) -> bool:
    """Does ``text`` name ``place`` as what it speaks of, not only as the address of a
    place within it ('盐城市东台市教育局' names 盐城 only as 东台市's address)?"""
    g = gazetteer()
    for m in re.finditer(re.escape(place), text):
        end = m.end() + (text[m.end():m.end() + 1] in "省市州县区盟旗")
        following = text[end:end + g.longest]
        if not any(following[:n] in g.forms for n in range(2, len(following) + 1)):
            return True
    return False
