"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

A class deriving from Enum turns the names its body binds (other than
descriptors, methods and _sunder_/__dunder__ names) into its members: instances
of the class with a `name` and a `value`, iterated in definition order. A later
name with the value of an earlier one is an alias of that member. The metaclass,
EnumType, gives the class its container behaviour (`Color(1)`, `Color['RED']`,
`len(Color)`, iteration)."""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum']

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A member value chosen by `_generate_next_value_` (1, 2, 3... for Enum,
    powers of two for Flag, the lower-cased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Forces an object to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an object from becoming a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


_FunctionType = type(_is_dunder)


def _is_descriptor(obj):
    return isinstance(obj, (_FunctionType, _builtin_property, classmethod, staticmethod)) or \
        hasattr(type(obj), '__get__') or hasattr(type(obj), '__set__') or hasattr(type(obj), '__delete__')


class FlagBoundary:
    """What Flag(value) does with bits no member has (3.11's STRICT, CONFORM, EJECT,
    KEEP)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'<FlagBoundary.{self.name}: {self.name.lower()!r}>'


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


def _bits(n):
    return bin(n)[2:]


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_names = []
        member_values = {}
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                member_names.append(key)
                member_values[key] = value.value
            elif _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
            else:
                member_names.append(key)
                member_values[key] = value
        invalid = {'mro', ''} & set(member_names)
        if invalid:
            raise ValueError(f"invalid enum member name(s) {', '.join(repr(n) for n in sorted(invalid))}")
        for key in member_names:
            if _is_sunder(key) or _is_dunder(key):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')

        # how members are made: a __new__ of the class body, else of a base enum,
        # else the data type's
        new_member = body.pop('__new__', None)
        if new_member is None:
            for base in bases:
                new_member = getattr(base, '_new_member_', None)
                if new_member is not None:
                    break
        body['_new_member_'] = new_member

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            type.__setattr__(enum_class, '_boundary_', boundary or getattr(first_enum, '_boundary_', None) or STRICT)
            type.__setattr__(enum_class, '_flag_mask_', 0)
            type.__setattr__(enum_class, '_all_bits_', 0)

        generate = enum_class._generate_next_value_
        last_values = []
        for name in member_names:
            value = member_values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, member_type, new_member)

        if is_flag:
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', bits)
            type.__setattr__(enum_class, '_all_bits_', 2 ** bits.bit_length() - 1 if bits else 0)

        if Enum is not None and member_type is not object:
            # the data type comes before Enum in the MRO: its repr, str and format
            # give way to the enum's
            for name in ('__repr__', '__str__', '__format__'):
                if name in body:
                    continue
                owner = next((b for b in enum_class.__mro__ if name in b.__dict__), object)
                if not isinstance(owner, EnumType):
                    enum_owner = next(b for b in enum_class.__mro__ if isinstance(b, EnumType) and name in b.__dict__)
                    type.__setattr__(enum_class, name, enum_owner.__dict__[name])
        if Enum is not None and ReprEnum is not None and member_type is not object:
            # ReprEnum (IntEnum, StrEnum, IntFlag): str() and format() are the value's
            if issubclass(enum_class, ReprEnum):
                if '__str__' not in body:
                    type.__setattr__(enum_class, '__str__', _value_str)
                if '__format__' not in body:
                    type.__setattr__(enum_class, '__format__', _value_format)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type, new_member):
        args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
        if new_member is not None:
            m = new_member(enum_class, *args)
        elif member_type is object:
            m = object.__new__(enum_class)
        else:
            m = member_type.__new__(enum_class, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                m._value_ = member_type(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = enum_class
        init = enum_class.__init__
        if init is not object.__init__:
            m.__init__(*args)
        m._sort_order_ = len(enum_class._member_names_)
        # a value already taken makes an alias of the first member with it
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if canonical is None and is_flag and isinstance(value, int) and (value == 0 or value & (value - 1)):
            # a Flag value of several bits (or none) is an alias, not iterated
            enum_class._member_map_[name] = m
            try:
                enum_class._value2member_map_.setdefault(value, m)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, m)
            return
        if canonical is not None:
            enum_class._member_map_[name] = canonical
            type.__setattr__(enum_class, name, canonical)
            return
        enum_class._member_names_.append(name)
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_[value] = m
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, m)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float, bytes, tuple):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls) and value in cls._member_map_.values():
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
                width = max(value.bit_length(), cls._all_bits_.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n"
                                 f"    given {_flag_bits(value, width)}\n"
                                 f"  allowed {_flag_bits(cls._flag_mask_, width)}")
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Color', 'RED GREEN') and its other forms."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        elif isinstance(names, dict):
            items = list(names.items())
        else:
            items = [tuple(item) for item in names]
        classdict = {'__module__': module or '__main__'}
        if qualname is not None:
            classdict['__qualname__'] = qualname
        for name, value in items:
            classdict[name] = value
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(obj).__qualname__}' "
                            f"and '{type(cls).__qualname__}'")
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    @_builtin_property
    def __members__(cls):
        """Every member name (aliases included) to its member."""
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {name!r}.')
        super().__delattr__(name)


EnumMeta = EnumType

# set once the classes exist; EnumType.__new__ checks for them while making them
Enum = None
ReprEnum = None
Flag = None


def _value_str(self):
    return str(self._value_)


def _value_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """The base of enumerations."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [n for n in self.__class__.__dict__ if not n.startswith('_') and n not in self._member_map_]
        return sorted(set(names))

    @_builtin_property
    def name(self):
        """The member's name."""
        return self._name_

    @_builtin_property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are its value's (only repr() shows the
    member)."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _flag_bits(num, width):
    digits = bin(num)[2:].rjust(width, '0')
    return '0b0 ' + digits


class Flag(Enum, boundary=STRICT):
    """An Enum of bit flags: members combine with | & ^ ~ into values that name
    the members they contain."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length()
        except Exception:
            raise TypeError(f'invalid flag value {last!r}') from None
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value < 0 or value & ~all_bits:
            boundary = cls._boundary_
            if boundary is STRICT:
                return None
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            return None
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value:
            members = sorted(cls._iter_members_(member_value), key=lambda m: m._sort_order_)
            names = '|'.join(m._name_ for m in members)
            if unknown:
                names += f'|{unknown}'
            pseudo._name_ = names
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_members_(cls, value):
        for bit in _iter_bits_lsb(value):
            m = cls._value2member_map_.get(bit)
            if m is not None and m._name_ in cls._member_names_:
                yield m

    def _members_in(self):
        members = list(type(self)._iter_members_(self._value_))
        members.sort(key=lambda m: m._sort_order_)
        return members

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        cls = self.__class__
        if self._member_type_ is not object and cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    # before int's in the MRO: combining flags makes flags, not ints
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: ValueError when some members are aliases."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


def verify(*checks):
    """Class decorator checking enumeration constraints (PVM knows none yet)."""
    def decorate(enumeration):
        if checks:
            raise NotImplementedError('PVM does not support enum.verify checks yet')
        return enumeration
    return decorate


def global_enum(cls):
    """Class decorator: puts the members in the module's namespace."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, m in cls.__members__.items():
            setattr(module, name, m)
    return cls
