using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Analyzers
{
    /// <summary>
    /// A returned value that carries a Backend User: the narrowest expression holding it, the member path from that
    /// expression's type to the User ("" when none), and the Results/TypedResults call it was passed to, if any.
    /// </summary>
    internal readonly struct UserLeak
    {
        public UserLeak(IOperation value, string path, string? resultCall)
        {
            Value = value;
            Path = path;
            ResultCall = resultCall;
        }

        public IOperation Value { get; }

        public string Path { get; }

        public string? ResultCall { get; }

        /// <summary>How the message names the flow, e.g. <c>'user' passed to Results.Json</c>.</summary>
        public string Describe()
        {
            var text = "'" + Shorten(Value.Syntax.ToString()) + "'";
            if (Path.Length > 0)
            {
                text += " (its " + Path + ")";
            }
            return ResultCall is null ? text : text + " passed to " + ResultCall;
        }

        private static string Shorten(string source)
        {
            var oneLine = string.Join(" ", source.Split(new[] { ' ', '\r', '\n', '\t' }, System.StringSplitOptions.RemoveEmptyEntries));
            return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
        }
    }
}
