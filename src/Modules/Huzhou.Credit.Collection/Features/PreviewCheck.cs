using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Features;

/// <summary>What the preview's check found (see <see cref="BatchProcessor.CheckAsync"/>).</summary>
/// <param name="RowsChecked">Rows checked: the whole file, or its first rows.</param>
/// <param name="WholeFile">Whether every row was checked.</param>
/// <param name="Refused">Rows that would be refused.</param>
/// <param name="CheckWarnings">Rows that would be stored on a subject pending verification (check character).</param>
/// <param name="ByField">Refused rows by the field of their first problem.</param>
/// <param name="FirstRefused">The first refused rows with their reasons, as the batch would give them.</param>
/// <param name="Synonyms">The synonyms the rows were read through.</param>
internal sealed record PreviewCheck(
    int RowsChecked,
    bool WholeFile,
    int Refused,
    int CheckWarnings,
    IReadOnlyList<(string Field, int Rows)> ByField,
    IReadOnlyList<(int Row, string Reason)> FirstRefused,
    IReadOnlyList<SynonymUse> Synonyms);
