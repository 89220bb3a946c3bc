using System.Linq;

namespace Clerk.Generators
{
    /// <summary>Parts of C# identifiers the generated code is named with.</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// <paramref name="text"/> as one capitalised identifier part: what is not a letter or digit becomes an
        /// underscore (trimmed at the ends), and a leading digit gets one in front: <c>user-id</c> is <c>User_id</c>.
        /// </summary>
        public static string Pascal(string text)
        {
            var word = new string(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
            if (word.Length == 0)
            {
                return "_";
            }
            word = char.ToUpperInvariant(word[0]) + word.Substring(1);
            return char.IsDigit(word[0]) ? "_" + word : word;
        }
    }
}
