namespace Huzhou.Credit.Evaluation.Domain;

internal enum ModelStatus : short
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
}
