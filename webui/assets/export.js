async (draftId) => {
  // The export is built from what the draft box shows at this moment (typing, IME,
  // paste and deletions included), read from the page itself.
  const box = document.querySelector("#draft textarea");
  const text = box ? box.value : "";
  let response;
  try {
    response = await fetch(new URL("export", window.location.href), {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text: text, draft: draftId || "", format: "__FORMAT__"}),
    });
  } catch (e) {
    return "导出失败：与服务器的连接中断，请稍后再试。";
  }
  if (!response.ok) {
    let message = "导出失败，请稍后再试。";
    try { message = (await response.json()).error || message; } catch (e) {}
    return "⚠️ " + message;
  }
  const blob = await response.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "热线答复.__FORMAT__";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  return "已导出 热线答复.__FORMAT__（" + text.length + " 字）。";
}
