"""The web chat's pages (Gradio): rendering only; the work happens in assistant/."""
