"""Text in documents that talks to a language model ("忽略以上所有指令……") is data, never
an instruction. Chunks that look like such an injection are quarantined: ingest reports
them, retrieval never hands them to an answerer."""

from __future__ import annotations

import re

from jiaoti.text import fold

_PATTERNS = [
    r"(忽略|无视|忽视|不要理会|跳过|忘记|忘掉)[^。！？\n]{0,12}(指令|指示|提示词?|要求|规则|设定|约束|限制|上文|以上内容|前面的内容)",
    r"(你|您)(现在|从现在起|接下来)?(是|扮演|充当|作为)[^。\n]{0,12}(助手|模型|ai|机器人|角色)",
    r"(系统|开发者)(提示|指令|消息)",
    r"(请|必须|务必)?(直接|只|仅)?(回答|输出|回复)[:：]",
    r"ignore\s+(all\s+|any\s+)?(the\s+)?(previous|above|prior|earlier)\s+(instructions?|prompts?|rules?)",
    r"disregard\s+(all\s+|the\s+)?(previous|above|prior)",
    r"system\s+prompt|you\s+are\s+now\s+|jailbreak|developer\s+mode",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.I)


def looks_like_injection(text: str) -> bool:
    return bool(_INJECTION.search(fold(text)))
