() => {
  // Gradio's own toasts (and a few of its messages) are English; show them in Chinese.
  const size = (text) => text.replace(/\s*(Kb|Mb|Gb|KB|MB|GB|b)$/, (m, u) => " " + u.toUpperCase());
  const rules = [
    [/^Error$/, () => "错误"],
    [/^Warning$/, () => "提醒"],
    [/^Info$/, () => "提示"],
    [/^Success$/, () => "成功"],
    [/^File\(s\) exceed the maximum allowed size of (.+?): (.+)$/,
      (m) => "文件太大：" + m[2] + " 超过了单个文件 " + size(m[1]) + " 的上限，未上传。"],
    [/^Invalid file types?: (.+?)\. Only (.+) allowed\.?$/,
      (m) => "不支持的文件类型：" + m[1] + "。只能上传 " + m[2] + " 文件。"],
    [/^Invalid file type\. Please upload a file that is one of these formats: \[?(.+?)\]?$/,
      (m) => "不支持的文件类型：只能上传 " + m[1].replace(/'/g, "") + " 文件。"],
    [/^File size exceeded maximum allowed size of (\d+) bytes\.?$/,
      (m) => "文件太大：单个文件不能超过 " + (Number(m[1]) / 1048576).toFixed(2).replace(/\.?0+$/, "") + " MB。"],
    [/^HTTP (\d+): ([\s\S]*)$/, (m) => {
      try { const body = JSON.parse(m[2]); if (body && body.error) return body.error; } catch (e) {}
      return m[1] === "413" ? "文件太大，已拒绝。" : m[1] === "401" ? "登录已失效，请重新登录。"
        : "请求失败（HTTP " + m[1] + "），请稍后再试。";
    }],
    [/^Connection errored out\.?\s*/, () => "连接中断，请刷新页面后再试。"],
    [/^This application is currently busy\.?/, () => "系统繁忙，请稍后再试。"],
    [/^Could not resolve app config\.?/, () => "页面配置加载失败，请刷新页面。"],
    [/^Lost connection/, () => "与服务器的连接已断开，请刷新页面。"],
  ];
  const translate = (text) => {
    const t = text.trim();
    for (const [re, fn] of rules) {
      const m = t.match(re);
      if (m) return fn(m);
    }
    return null;
  };
  const fix = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const out = translate(node.nodeValue || "");
      if (out !== null && out !== node.nodeValue) node.nodeValue = out;
    }
  };
  const scan = () => document.querySelectorAll(
    "[data-testid='toast-body'], .toast-body, .validation-error, .error-message").forEach(fix);
  new MutationObserver(scan).observe(document.body, {childList: true, subtree: true, characterData: true});
  scan();
}
