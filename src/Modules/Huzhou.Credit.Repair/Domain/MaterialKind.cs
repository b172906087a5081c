namespace Huzhou.Credit.Repair.Domain;

internal enum MaterialKind : short
{
    ApplicationForm = 1,
    ProofOfFulfilment = 2,
    CreditCommitment = 3,
    Licence = 4,
    HandlerId = 5,
}
