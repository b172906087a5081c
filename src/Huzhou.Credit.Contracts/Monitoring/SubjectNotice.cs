namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>One thing that happened to a subject (a new bad record, a list entry, a grade change ...).</summary>
/// <param name="Kind">The trigger's Chinese name (新增失信记录, 列入黑名单, 评价等级下降 ...).</param>
/// <param name="Text">What happened, in one Chinese sentence (names of items and lists, document numbers; no personal data).</param>
/// <param name="Serious">Whether it is serious (a 严重 penalty, a black list, 吊销, a grade down).</param>
/// <param name="At">When it happened.</param>
public sealed record SubjectNotice(string Kind, string Text, bool Serious, DateTimeOffset At);
