namespace Huzhou.Credit.Evaluation.Domain;

internal enum RunKind : short
{
    Full = 1,
    Incremental = 2,
}
