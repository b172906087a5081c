namespace Huzhou.Credit.Dossier.Reports;

/// <summary>
/// Everything a credit report (信用报告) shows, assembled from the public dossier before rendering. The PDF is a
/// pure function of this document, so its content hash is recorded in the register when it is issued.
/// </summary>
/// <param name="Number">Report number, e.g. <c>HZXY202611270000123</c>, printed on every page.</param>
/// <param name="VerificationCode">Short code printed on the cover; <c>/verify/{number}</c> asks for it.</param>
/// <param name="GeneratedAt">When it was generated (shown in Asia/Shanghai time).</param>
/// <param name="VerifyUrl">Absolute address of the verification page, encoded in the QR code.</param>
/// <param name="SubjectName">The organisation's registered name.</param>
/// <param name="Uscc">Its unified social credit code.</param>
/// <param name="Overview">The "1" of 1+9+X: labelled registration facts (名称, 统一社会信用代码, 法定代表人 ...).</param>
/// <param name="Sections">The nine sections and 其他, in dossier order, each with its total and the entries listed.</param>
/// <param name="Disclaimer">The disclaimer paragraph(s) printed at the end.</param>
internal sealed record CreditReportDocument(
    string Number,
    string VerificationCode,
    DateTimeOffset GeneratedAt,
    string VerifyUrl,
    string SubjectName,
    string Uscc,
    IReadOnlyList<KeyValuePair<string, string>> Overview,
    IReadOnlyList<CreditReportSection> Sections,
    string Disclaimer);
