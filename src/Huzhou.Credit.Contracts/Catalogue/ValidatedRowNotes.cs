namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The notes of one validated row (see <see cref="IRowValidator.LastRow"/>).</summary>
public sealed class ValidatedRowNotes
{
    private readonly string?[] _synonymTexts;
    private int _synonyms;

    /// <summary>Notes for rows of <paramref name="fieldCount"/> fields.</summary>
    public ValidatedRowNotes(int fieldCount) => _synonymTexts = new string?[fieldCount];

    /// <summary>True when some field was read through a synonym.</summary>
    public bool UsedSynonyms => _synonyms > 0;

    /// <summary>
    /// The subject identifier's check-character warning, in Chinese, when the row's code or ID number failed its
    /// check character and was accepted for the credit office to decide (the record store keeps the flag).
    /// </summary>
    public string? CheckWarning { get; set; }

    /// <summary>The text as delivered of field <paramref name="index"/> when a synonym read it, else null.</summary>
    public string? SynonymText(int index) => _synonymTexts[index];

    /// <summary>Starts a new row.</summary>
    public void Clear()
    {
        if (_synonyms > 0)
        {
            Array.Clear(_synonymTexts);
            _synonyms = 0;
        }

        CheckWarning = null;
    }

    /// <summary>Records that field <paramref name="index"/> was read through a synonym from <paramref name="delivered"/>.</summary>
    public void SetSynonymText(int index, string delivered)
    {
        _synonymTexts[index] = delivered;
        _synonyms++;
    }
}
