using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>
/// Validates rows of one item version. Everything that can be worked out once (regular expressions, option
/// lookups, the fields the subject rule reads) is built in the constructor. The positional
/// <see cref="Validate(ReadOnlySpan{string}, Span{string})"/> is the implementation: for good rows it allocates
/// only the values that differ from the delivered text (a date written 2024/2/9, a decimal written 1,234.50,
/// several codes); bad rows also get their messages. The dictionary form wraps it.
/// </summary>
/// <remarks>
/// Values are read the way real exports write them: option codes, labels and synonyms ignoring width, spaces and
/// case (also “03 罚款”, “罚款（03）” and “1” for “01”); a number followed by the column's own unit; 长期 in an
/// open-ended date column. The subject's code or ID number may fail its check character: the row is accepted with
/// <see cref="ValidatedRowNotes.CheckWarning"/> and the record store puts it on a subject pending verification
/// (待核实) for the credit office to decide. Wrong length, alphabet or prefix are errors, and so is a failing check
/// character in any other identifier column (an authority's own code).
/// </remarks>
internal sealed class RowValidator : IRowValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly CompiledField[] _fields;
    private readonly CompiledField? _category;
    private readonly CompiledField? _code;
    private readonly CompiledField? _idNumber;
    private readonly bool _personsOnly;
    private readonly bool _organisationsOnly;
    private readonly TimeProvider _clock;
    private readonly SynonymCounter _synonyms = new();

    public RowValidator(CatalogueItemVersion item, TimeProvider clock)
    {
        Item = item;
        _clock = clock;
        LastRow = new ValidatedRowNotes(item.Fields.Count);
        var subjectKeys = new[] { item.Keys.SubjectCodeField, item.Keys.SubjectIdNumberField };
        _fields = item.Fields.Select((f, i) => new CompiledField(f, i, subjectKeys.Contains(f.Key), LastRow)).ToArray();
        _category = _fields.FirstOrDefault(f => f.Field.Key == StandardColumns.SubjectCategory && f.Field.Type == FieldType.Enum);
        _code = item.Keys.SubjectCodeField is { } c ? _fields.FirstOrDefault(f => f.Field.Key == c) : null;
        _idNumber = item.Keys.SubjectIdNumberField is { } i ? _fields.FirstOrDefault(f => f.Field.Key == i) : null;
        _personsOnly = item.SubjectKinds.Count > 0 && item.SubjectKinds.All(k => k == SubjectKind.NaturalPerson);
        _organisationsOnly = item.SubjectKinds.Count > 0 && !item.SubjectKinds.Contains(SubjectKind.NaturalPerson);
    }

    public CatalogueItemVersion Item { get; }

    public ValidatedRowNotes LastRow { get; }

    public IReadOnlyList<SynonymUse> SynonymsUsed => _synonyms.Uses(_fields);

    public RowValidationResult Validate(IReadOnlyDictionary<string, string?> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var raw = new string?[_fields.Length];
        for (var i = 0; i < _fields.Length; i++)
        {
            row.TryGetValue(_fields[i].Field.Key, out raw[i]);
        }

        var normalised = new string?[_fields.Length];
        var errors = Validate(raw, normalised);
        var values = new Dictionary<string, string>(_fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < _fields.Length; i++)
        {
            if (normalised[i] is { } value)
            {
                values[_fields[i].Field.Key] = value;
            }
        }

        return new RowValidationResult(values, errors);
    }

    public IReadOnlyList<FieldError> Validate(ReadOnlySpan<string?> raw, Span<string?> values)
    {
        if (raw.Length < _fields.Length || values.Length < _fields.Length)
        {
            throw new ArgumentException($"A row of {Item.ItemCode} v{Item.Version} has {_fields.Length} fields.", nameof(raw));
        }

        List<FieldError>? errors = null;
        LastRow.Clear();
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            values[i] = null;
            var text = raw[i]?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Field.Required)
                {
                    (errors ??= []).Add(field.Error($"{field.Field.Label}不能为空"));
                }

                continue;
            }

            var error = field.Normalise(text, _clock, out var normalised);
            if (error is not null)
            {
                (errors ??= []).Add(field.Error(error));
            }
            else
            {
                values[i] = normalised;
            }
        }

        DecideCategoryByCode(values, ref errors);
        CheckSubjectIdentified(raw, values, ref errors);
        if (errors is null && LastRow.UsedSynonyms)
        {
            _synonyms.Count(_fields, LastRow, values);
        }

        return errors is null ? Array.Empty<FieldError>() : errors;
    }

    /// <summary>
    /// 法人及非法人组织 (the current standard's category) is stored as the four-value code the subject's credit code
    /// implies: 02 法人, 03 非法人组织 (04 for a 92 code).
    /// </summary>
    private void DecideCategoryByCode(Span<string?> values, ref List<FieldError>? errors)
    {
        if (_category is null || values[_category.Index] != FieldOption.ByCreditCode)
        {
            return;
        }

        if (_code is not null && values[_code.Index] is { Length: UnifiedSocialCreditCode.Length } code)
        {
            values[_category.Index] = UnifiedSocialCreditCode.SubjectCategory(code.AsSpan(0, 2));
            return;
        }

        values[_category.Index] = null;
        var label = _code?.Field.Label ?? "统一社会信用代码";
        (errors ??= []).Add(_category.Error(
            $"{_category.Field.Label}为“{LastRow.SynonymText(_category.Index)}”时须填写有效的{label}，据以区分法人与非法人组织"));
    }

    /// <summary>
    /// The subject must be identified: a natural person (行政相对人类别 01, or an item only for persons) by the ID
    /// number field, anyone else by the USCC field. Without a category field, either identifier will do.
    /// </summary>
    private void CheckSubjectIdentified(ReadOnlySpan<string?> raw, Span<string?> values, ref List<FieldError>? errors)
    {
        if (_code is null && _idNumber is null)
        {
            return;
        }

        bool? person = _personsOnly ? true : _organisationsOnly ? false : null;
        if (person is null && _category is not null && values[_category.Index] is { } category)
        {
            person = category == StandardColumns.NaturalPersonCategory;
        }

        CompiledField? required = person switch
        {
            true => _idNumber,
            false => _code,
            null => null,
        };
        if (required is not null)
        {
            if (string.IsNullOrWhiteSpace(raw[required.Index]))
            {
                (errors ??= []).Add(required.Error(person == true
                    ? $"行政相对人为自然人时，{required.Field.Label}不能为空"
                    : $"行政相对人为法人或其他组织时，{required.Field.Label}不能为空"));
            }

            return;
        }

        if ((_code is null || string.IsNullOrWhiteSpace(raw[_code.Index])) && (_idNumber is null || string.IsNullOrWhiteSpace(raw[_idNumber.Index])))
        {
            var first = _code ?? _idNumber!;
            var labels = _code is not null && _idNumber is not null ? $"{_code.Field.Label}或{_idNumber.Field.Label}" : first.Field.Label;
            (errors ??= []).Add(first.Error($"请填写{labels}以识别主体"));
        }
    }

    /// <summary>One field with what its checks need, prepared once.</summary>
    private sealed class CompiledField
    {
        private readonly Regex? _pattern;
        private readonly OptionMatcher? _options;
        private readonly StringBuilder _codes = new();
        private readonly bool _isSubjectKey;
        private readonly ValidatedRowNotes _notes;

        public CompiledField(CatalogueField field, int index, bool isSubjectKey, ValidatedRowNotes notes)
        {
            Field = field;
            Index = index;
            _isSubjectKey = isSubjectKey;
            _notes = notes;
            if (!string.IsNullOrEmpty(field.Pattern))
            {
                _pattern = new Regex(field.Pattern, RegexOptions.CultureInvariant, PatternTimeout);
            }

            if (field.Type is FieldType.Enum or FieldType.CodeList)
            {
                _options = new OptionMatcher(field);
            }

        }

        public CatalogueField Field { get; }

        /// <summary>The position of the field in the item version (and in a positional row).</summary>
        public int Index { get; }

        /// <summary>The option matcher of an enum or code-list field.</summary>
        public OptionMatcher? Options => _options;

        public FieldError Error(string message) => new(Field.Key, Field.Label, message);

        /// <summary>Returns an error message, or null with the normalised value.</summary>
        public string? Normalise(string text, TimeProvider clock, out string? value)
        {
            value = null;
            string? error = Field.Type switch
            {
                FieldType.Text => Text(text, out value),
                FieldType.Date => DateValue(text, out value),
                FieldType.Decimal => DecimalValue(text, out value),
                FieldType.Enum => EnumValue(text, out value),
                FieldType.CodeList => CodeListValue(text, out value),
                FieldType.Uscc => Uscc(text, out value),
                FieldType.IdNumber => IdNumber(text, clock, out value),
                _ => $"{Field.Label}的字段类型未知",
            };
            if (error is not null)
            {
                return error;
            }

            if (Field.MaxLength is { } max && value!.Length > max)
            {
                return $"{Field.Label}不能超过 {max} 个字（当前 {value.Length} 个）";
            }

            if (_pattern is not null && Field.Type != FieldType.IdNumber && value != OpenEndedDate.Value)
            {
                bool matches;
                try
                {
                    matches = _pattern.IsMatch(value!);
                }
                catch (RegexMatchTimeoutException)
                {
                    matches = false;
                }

                if (!matches)
                {
                    return $"{Field.Label}“{Shorten(value!)}”格式不正确";
                }
            }

            return null;
        }

        private string? Text(string text, out string value)
        {
            value = text;
            var at = Huzhou.Credit.SharedKernel.Validation.UnsafeText.IndexOfUnsafe(text);
            return at < 0 ? null
                : Huzhou.Credit.SharedKernel.Validation.UnsafeText.IsBidiFormatting(text[at])
                    ? $"{Field.Label}含有文字方向控制字符（如 U+202E），显示的文字会与实际内容不符，请删除后重新报送"
                    : $"{Field.Label}含有不可见的控制字符（如 NUL），请删除后重新报送";
        }

        /// <summary>C0 controls other than tab and line breaks (which quoted CSV cells carry), and DEL.</summary>
        public static bool HasControlCharacters(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\u007F')
                {
                    return true;
                }
            }

            return false;
        }

        private string? DateValue(string text, out string? value)
        {
            if (DateParsing.TryParse(text, out var date))
            {
                // Most files already write yyyy-MM-dd: keep the delivered string instead of formatting a new one.
                Span<char> iso = stackalloc char[10];
                DateParsing.FormatIso(date, iso);
                value = text.AsSpan().SequenceEqual(iso) ? text : new string(iso);
                return null;
            }

            value = null;
            if (OpenEndedDate.IsOpenEnded(text))
            {
                if (Field.OpenEnded)
                {
                    value = OpenEndedDate.Value;
                    return null;
                }

                return $"{Field.Label}须填写具体日期，不接受“{Shorten(text)}”";
            }

            return $"{Field.Label}“{Shorten(text)}”不是有效日期";
        }

        private string? DecimalValue(string text, out string? value)
        {
            value = null;
            var delivered = text;
            if (text.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E'))
            {
                text = HalfWidth(text);
            }

            // A unit after the number: the column's own unit is read as the number; any other unit is refused.
            var end = text.Length;
            while (end > 0 && !char.IsAsciiDigit(text[end - 1]) && text[end - 1] != '.')
            {
                end--;
            }

            var unit = end < text.Length ? text.AsSpan(end).Trim() : [];
            if (!unit.IsEmpty)
            {
                // Units are words such as 元, 万元, 小时: anything else after the number makes it no number.
                if (Field.Unit is null || end == 0 || unit.ContainsAnyInRange('\0', '\u007F'))
                {
                    return $"{Field.Label}“{Shorten(delivered)}”不是有效数值";
                }

                text = text[..end].TrimEnd();
            }

            if ((text.Contains(',', StringComparison.Ordinal) && !ValidThousands(text))
                || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
            {
                return $"{Field.Label}“{Shorten(delivered)}”不是有效数值";
            }

            if (!unit.IsEmpty && !unit.SequenceEqual(Field.Unit))
            {
                return $"{Field.Label}“{Shorten(delivered)}”的单位不对：本列以{Field.Unit}为单位，请换算为{Field.Unit}后只填数值";
            }

            if (Field.Minimum is { } minimum && number < minimum)
            {
                return minimum == 0
                    ? $"{Field.Label}不能为负数（当前 {Shorten(delivered)}）"
                    : $"{Field.Label}不能小于 {minimum.ToString(CultureInfo.InvariantCulture)}（当前 {Shorten(delivered)}）";
            }

            if (Field.Maximum is { } maximum && number > maximum)
            {
                return $"{Field.Label}不能大于 {maximum.ToString(CultureInfo.InvariantCulture)}（当前 {Shorten(delivered)}）";
            }

            // The invariant form, reusing the delivered string when it is that form already.
            Span<char> formatted = stackalloc char[64];
            value = number.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture)
                ? text.AsSpan().SequenceEqual(formatted[..written]) ? text : new string(formatted[..written])
                : number.ToString(CultureInfo.InvariantCulture);
            return null;
        }

        private static string HalfWidth(string text) => string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            }
        });

        /// <summary>Thousands separators only in groups of three before the decimal point ("1,234.5", not "1,2").</summary>
        private static bool ValidThousands(string text)
        {
            var span = text.AsSpan().TrimStart("+-");
            var point = span.IndexOf('.');
            var whole = point < 0 ? span : span[..point];
            var groups = 0;
            var first = true;
            foreach (var range in whole.Split(','))
            {
                var length = range.End.GetOffset(whole.Length) - range.Start.GetOffset(whole.Length);
                if (first ? length is < 1 or > 3 : length != 3)
                {
                    return false;
                }

                first = false;
                groups++;
            }

            return groups > 1;
        }

        private string? EnumValue(string text, out string? value)
        {
            if (_options!.TryMatch(text, out value, out var synonym))
            {
                if (synonym)
                {
                    _notes.SetSynonymText(Index, Delivered(text));
                }

                return null;
            }

            return $"{Field.Label}“{Shorten(text)}”不是有效值（可选：{_options.OptionList}）";
        }

        private string? CodeListValue(string text, out string? value)
        {
            // The whole cell first (a synonym or label may itself contain a separator: 没收违法所得、没收非法财物 is two
            // kinds, but 法律、行政法规规定的其他行政处罚 is one), then parts split at any separator, trimmed, empty ones
            // skipped; each part's code joined with ','. A single part's code is the option's own string.
            if (_options!.TryMatch(text, out value, out var wholeSynonym) && value != FieldOption.ByCreditCode)
            {
                if (wholeSynonym)
                {
                    _notes.SetSynonymText(Index, Delivered(text));
                }

                return null;
            }

            value = null;
            string? single = null;
            var count = 0;
            var anySynonym = false;
            _codes.Clear();
            var span = text.AsSpan();
            foreach (var range in span.SplitAny(StandardColumns.ListSeparators))
            {
                var part = span[range].Trim();
                if (part.IsEmpty)
                {
                    continue;
                }

                if (!_options.TryMatch(part, out var code, out var synonym) || code == FieldOption.ByCreditCode)
                {
                    return $"{Field.Label}中的“{Shorten(part.ToString())}”不是有效值（可选：{_options.OptionList}）";
                }

                anySynonym |= synonym;
                if (count == 1)
                {
                    _codes.Append(single);
                }

                if (count >= 1)
                {
                    _codes.Append(',').Append(code);
                }

                single = code;
                count++;
            }

            if (count == 0)
            {
                return $"{Field.Label}不能为空";
            }

            if (anySynonym)
            {
                _notes.SetSynonymText(Index, Delivered(text));
            }

            value = count == 1 ? single : _codes.ToString();
            return null;
        }

        private string? Uscc(string text, out string? value)
        {
            if (UnifiedSocialCreditCode.IsNormalisedAndValid(text))
            {
                value = text;
                return null;
            }

            value = null;
            var result = UnifiedSocialCreditCode.TryParse(text);
            if (!result.Succeeded)
            {
                return $"{Field.Label}“{Shorten(text)}”无效：{result.FirstErrorMessage}";
            }

            // A Zhejiang ID number (33…) has the shape of a credit code with a wrong check character: never take a
            // person's number for an organisation's code (and never repeat it).
            if (result.HasWarnings && ResidentIdNumber.TryParse(text, out _))
            {
                return $"{Field.Label}填写的是公民身份号码，不是统一社会信用代码：行政相对人为自然人时请将身份证号码填在证件号码列";
            }

            if (result.HasWarnings)
            {
                if (_isSubjectKey)
                {
                    // Real registries hold such codes: stored on a subject pending the credit office's decision.
                    _notes.CheckWarning = $"{Field.Label}“{result.Value!.Value}”校验位不符，已归入待核实主体，由信用办核实";
                    value = result.Value!.Value;
                    return null;
                }

                return $"{Field.Label}“{result.Value!.Value}”校验位不符：{result.Warnings.First().Message.Split('。')[0]}。批量报送不接受校验位不符的代码，请核对后重新报送";
            }

            value = result.Value!.Value;
            return null;
        }

        // The raw number is personal data: messages never repeat it.
        private string? IdNumber(string text, TimeProvider clock, out string? value)
        {
            value = null;
            var result = ResidentIdNumber.TryParse(text, clock);
            if (!result.Succeeded)
            {
                return $"{Field.Label}无效：{result.FirstErrorMessage}";
            }

            if (result.HasWarnings)
            {
                if (_isSubjectKey)
                {
                    _notes.CheckWarning = $"{Field.Label}校验码不符，已归入待核实主体，由信用办核实";
                    value = result.Value!.Value;
                    return null;
                }

                return $"{Field.Label}校验码不符，请核对身份证原件后重新报送";
            }

            value = result.Value!.Value;
            return null;
        }

        /// <summary>The delivered text kept with a record and shown on pages: spaces collapsed, at most 100 characters.</summary>
        private static string Delivered(string text)
        {
            var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return collapsed.Length <= 100 ? collapsed : string.Concat(collapsed.AsSpan(0, 100), "…");
        }

        /// <summary>
        /// The value as a message quotes it: at most 40 characters, control characters shown as �; a personal field's value
        /// masked (reasons are stored with the rejected row and shown on the batch page: ADR 0015).
        /// </summary>
        private string Shorten(string text) =>
            Contracts.Records.PersonalPayloadFields.IsPersonal(Field) ? Contracts.Records.PersonalPayloadFields.Mask(Field, Cut(text)) : Cut(text);

        private static string Cut(string text)
        {
            var shown = text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
            return HasControlCharacters(shown) ? string.Concat(shown.Select(c => char.IsControl(c) ? '\uFFFD' : c)) : shown;
        }
    }

    /// <summary>
    /// Finds the option a delivered text means. The exact code or label (ignoring case) is looked up first; then
    /// the text's loose form (<see cref="OptionText.Normalise"/> without punctuation) among every option's loose
    /// forms: code, label, synonyms, code with label (“03 罚款”, “罚款（03）”), and a two-digit code without its
    /// leading zero (“1” for “01”, as spreadsheets write it). Only a synonym counts as one.
    /// </summary>
    internal sealed class OptionMatcher
    {
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exact;
        private readonly FrozenDictionary<string, (string Code, bool Synonym)> _loose;

        public OptionMatcher(CatalogueField field)
        {
            var exact = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var loose = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
            var real = field.Options.Where(o => o.Code != FieldOption.ByCreditCode).ToList();
            foreach (var o in real)
            {
                exact.TryAdd(o.Code, o.Code);
                loose.TryAdd(Loose(o.Code), (o.Code, false));
            }

            foreach (var o in real)
            {
                exact.TryAdd(o.Label, o.Code);
                loose.TryAdd(Loose(o.Label), (o.Code, false));
            }

            // Only the subject category may leave the decision to the credit code.
            foreach (var o in field.Options.Where(o => o.Code != FieldOption.ByCreditCode || field.Key == StandardColumns.SubjectCategory))
            {
                foreach (var synonym in o.Synonyms ?? [])
                {
                    loose.TryAdd(Loose(synonym), (o.Code, true));
                }
            }

            foreach (var o in real)
            {
                loose.TryAdd(Loose(o.Code + o.Label), (o.Code, false));
                loose.TryAdd(Loose(o.Label + o.Code), (o.Code, false));
            }

            // Spreadsheets drop the leading zero of a code cell that became a number: “3” is 03 unless a code 3 exists.
            foreach (var o in real.Where(o => o.Code.Length == 2 && o.Code[0] == '0' && char.IsAsciiDigit(o.Code[1])))
            {
                loose.TryAdd(o.Code[1..], (o.Code, false));
            }

            loose.Remove("");
            _exact = exact.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            _loose = loose.ToFrozenDictionary(StringComparer.Ordinal);
            OptionList = string.Join("、", real.Select(o => $"{o.Code} {o.Label}"));
        }

        /// <summary>The options as a clerk reads them in a message: “01 自然人、02 法人 …”.</summary>
        public string OptionList { get; }

        public bool TryMatch(ReadOnlySpan<char> text, out string? code, out bool synonym)
        {
            synonym = false;
            if (_exact.TryGetValue(text, out code))
            {
                return true;
            }

            if (_loose.TryGetValue(Loose(text), out var found))
            {
                (code, synonym) = found;
                return true;
            }

            code = null;
            return false;
        }

        /// <summary>The comparable form: width, spaces and case folded, punctuation between code and label dropped.</summary>
        public static string Loose(ReadOnlySpan<char> text)
        {
            var normalised = OptionText.Normalise(text);
            return normalised.AsSpan().IndexOfAny(Punctuation) < 0 ? normalised : string.Concat(normalised.Split(PunctuationChars));
        }

        private const string PunctuationText = "-_.:：·()（）[]【】<>《》\"'“”‘’";
        private static readonly char[] PunctuationChars = PunctuationText.ToCharArray();
        private static readonly SearchValues<char> Punctuation = SearchValues.Create(PunctuationText);
    }

    /// <summary>
    /// Counts the synonyms a delivery read, per (field, synonym's loose form, code): bounded by the number of
    /// synonyms, whatever spellings a file uses. The first spelling seen is the one shown.
    /// </summary>
    private sealed class SynonymCounter
    {
        /// <summary>Distinct spellings kept; a file that spells one synonym in thousands of ways counts the rest under the first.</summary>
        private const int MaxEntries = 200;

        private readonly Dictionary<(int Field, string Loose, string Code), (string Delivered, long Rows)> _counts = [];

        public void Count(CompiledField[] fields, ValidatedRowNotes notes, Span<string?> values)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (notes.SynonymText(i) is not { } delivered || values[i] is not { } code)
                {
                    continue;
                }

                var key = (i, OptionMatcher.Loose(delivered), code);
                if (_counts.TryGetValue(key, out var seen))
                {
                    _counts[key] = (seen.Delivered, seen.Rows + 1);
                }
                else if (_counts.Count < MaxEntries)
                {
                    _counts[key] = (delivered, 1);
                }
                else
                {
                    var other = (i, "", "…");
                    _counts[other] = _counts.TryGetValue(other, out var rest) ? (rest.Delivered, rest.Rows + 1) : ("（其他写法）", 1);
                }
            }
        }

        public List<SynonymUse> Uses(CompiledField[] fields) => _counts
            .OrderBy(c => c.Key.Field).ThenByDescending(c => c.Value.Rows)
            .Select(c =>
            {
                var field = fields[c.Key.Field].Field;
                var labels = c.Key.Code.Split(',').Select(code => field.Options.FirstOrDefault(o => o.Code == code)?.Label ?? code);
                return new SynonymUse(field.Key, field.Label, c.Value.Delivered, c.Key.Code, string.Join("、", labels), c.Value.Rows);
            })
            .ToList();
    }
}
