namespace Huzhou.Credit.Integrity.Features;

/// <summary>One line of the citizen's 我的信用变动: what happened, when, and whether it weighs against him.</summary>
/// <param name="Kind">新增失信记录, 可申请信用修复, 诚信分变化 ...</param>
/// <param name="Text">The sentence shown (item names and document numbers; never an ID number).</param>
/// <param name="Serious">Shown as a warning.</param>
/// <param name="At">When it happened.</param>
internal sealed record CitizenChange(string Kind, string Text, bool Serious, DateTimeOffset At);
